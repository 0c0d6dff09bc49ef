import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Put, UseGuards } from '@nestjs/common';
import { ApiKeyGuard } from '../api-key.guard';
import { FeedDto } from './engagement-feed.dto';
import { EngagementFeedService, FEED_DEFAULTS, type FeedStatus } from './engagement-feed.service';

/** Starts, reads and stops the engagement feed into Navdesk (the simulator's API key, like /admin/faults). */
@Controller('admin/feed')
@UseGuards(ApiKeyGuard)
export class EngagementFeedController {
  constructor(private readonly feed: EngagementFeedService) {}

  /** Replaces any running feed; 202 at once, the history is sent in the background (see GET). */
  @Put()
  @HttpCode(HttpStatus.ACCEPTED)
  start(@Body() body: FeedDto): FeedStatus {
    return this.feed.start({
      navdeskUrl: body.navdeskUrl,
      services: body.services.map((s) => ({ key: s.key, patientRefs: s.patientRefs })),
      historyWeeks: body.historyWeeks ?? FEED_DEFAULTS.historyWeeks,
      trickleEveryMs: body.trickleEveryMs ?? FEED_DEFAULTS.trickleEveryMs,
    });
  }

  @Get()
  status(): FeedStatus {
    return this.feed.status();
  }

  @Delete()
  stop(): FeedStatus {
    this.feed.stop();
    return this.feed.status();
  }
}
