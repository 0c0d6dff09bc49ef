import { DEFAULT_TRIAGE_RULES, loadTriageRules } from '@navdesk/server/tickets';
import { TRIAGE_RULES_VERSION_1 } from './1796229243661-TriageRuleSets';

describe('migration TriageRuleSets', () => {
  it('seeds version 1 with the shipped rule file, so triage decides as it did before rules were editable', () => {
    expect(loadTriageRules(TRIAGE_RULES_VERSION_1)).toEqual(
      DEFAULT_TRIAGE_RULES,
    );
  });
});
