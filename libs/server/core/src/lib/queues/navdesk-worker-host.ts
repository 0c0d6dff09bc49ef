import { WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';

/**
 * WorkerHost that reports a lost Redis connection once per outage instead of once per reconnect
 * attempt, and says when the worker is back. Every Navdesk processor extends it.
 */
export abstract class NavdeskWorkerHost extends WorkerHost implements OnApplicationBootstrap {
  protected readonly logger = new Logger(this.constructor.name);
  private disconnected = false;

  onApplicationBootstrap(): void {
    this.worker.on('error', (e) => {
      if (!this.disconnected) this.logger.warn(`queue ${this.worker.name} lost Redis: ${e.message}; retrying`);
      this.disconnected = true;
    });
    // The Worker itself says 'ready' once; its connections say it after every reconnect.
    this.worker.getBackend().on('ready', () => {
      if (this.disconnected) this.logger.log(`queue ${this.worker.name} reconnected`);
      this.disconnected = false;
    });
  }
}
