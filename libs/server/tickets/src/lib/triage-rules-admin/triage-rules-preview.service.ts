import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  TRIAGE_PREVIEW_TICKETS,
  type TicketKind,
  type TriageRulesPreview,
} from '@navdesk/contracts';
import { triageMoves, type TriageRule } from '../rules';
import { CurrentTriageRules } from '../triage/current-triage-rules';

/**
 * What an edit of the rules would do to the latest tickets: each is re-triaged in memory with the rules
 * in force and with the edit, and only counts leave. The text read is what triage reads (as typed, not
 * masked, since masking can hide words a pattern looks for), and none of it is returned or logged.
 */
@Injectable()
export class TriageRulesPreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly current: CurrentTriageRules,
  ) {}

  async preview(proposed: readonly TriageRule[]): Promise<TriageRulesPreview> {
    const { version, rules } = await this.current.get(this.dataSource.manager);
    const tickets: { kind: TicketKind; title: string; description: string }[] =
      await this.dataSource.query(
        `SELECT kind, title, description FROM tickets ORDER BY created_at DESC, id DESC LIMIT $1`,
        [TRIAGE_PREVIEW_TICKETS],
      );
    return { version, ...triageMoves(tickets, rules, proposed) };
  }
}
