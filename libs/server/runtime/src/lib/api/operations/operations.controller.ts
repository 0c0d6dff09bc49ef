import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { FailedJobView, OutboundEmailView, Page } from '@navdesk/contracts';
import { FailedJobViewSchema, OutboundEmailViewSchema } from '@navdesk/contracts/schemas';
import { Roles } from '@navdesk/server/access';
import { ApiAnswer, ApiPageAnswer, cursorPart, defineCursor, HEALTH_QUEUES, PageQueryDto } from '@navdesk/server/core';
import { OutboundEmailEntity } from '@navdesk/server/mail';

const EMAILS_CURSOR = defineCursor(cursorPart.time, cursorPart.uuid);

/** Admins watch the job queues: jobs that failed for good (kept two weeks) and the e-mail outbox. */
@ApiTags('operations')
@Controller('admin')
export class OperationsController {
  constructor(
    @Inject(HEALTH_QUEUES) private readonly queues: Queue[],
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Roles('admin')
  @Get('failed-jobs')
  @ApiOperation({ summary: 'List jobs that failed for good', description: 'Kept two weeks; newest first, up to 100 a queue.' })
  @ApiAnswer(200, [FailedJobViewSchema])
  async failedJobs(): Promise<FailedJobView[]> {
    const all = await Promise.all(
      this.queues.map(async (queue) =>
        (await queue.getFailed(0, 99)).map((job) => ({
          queue: queue.name,
          id: String(job.id),
          name: job.name,
          failedReason: job.failedReason,
          attemptsMade: job.attemptsMade,
          finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
        })),
      ),
    );
    return all.flat().sort((a, b) => (b.finishedAt ?? '').localeCompare(a.finishedAt ?? ''));
  }

  @Roles('admin')
  @Get('outbound-emails')
  @ApiOperation({ summary: 'List the e-mails handed to the transport', description: 'The development mailbox; newest first.' })
  @ApiPageAnswer(OutboundEmailViewSchema)
  async outboundEmails(@Query() query: PageQueryDto): Promise<Page<OutboundEmailView>> {
    const after = EMAILS_CURSOR.decode(query.cursor);
    const qb = this.dataSource.getRepository(OutboundEmailEntity).createQueryBuilder('e').orderBy('e.created_at', 'DESC').addOrderBy('e.id', 'DESC');
    if (after) qb.where('(e.created_at, e.id) < (CAST(:at AS timestamptz), :id)', { at: after[0], id: after[1] });
    const rows = await qb.take(query.limit + 1).getMany();
    return EMAILS_CURSOR.page(
      rows,
      query.limit,
      (e) => ({ id: e.id, recipient: e.recipient, subject: e.subject, body: e.body, transport: e.transport, createdAt: e.createdAt.toISOString() }),
      (e) => [e.createdAt.toISOString(), e.id],
    );
  }
}
