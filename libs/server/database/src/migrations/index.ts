import { Foundation1795686804876 } from './1795686804876-Foundation';
import { AuditLogAppendOnly1795686804877 } from './1795686804877-AuditLogAppendOnly';
import { Tickets1795689157795 } from './1795689157795-Tickets';
import { LoginResets1795696398223 } from './1795696398223-LoginResets';
import { Engagement1795698614229 } from './1795698614229-Engagement';
import { TrainingAndTailoring1795706394237 } from './1795706394237-TrainingAndTailoring';
import { Reports1795710696144 } from './1795710696144-Reports';
import { RegisterPlanBase1796215311538 } from './1796215311538-RegisterPlanBase';
import { ScheduleRuns1796215388289 } from './1796215388289-ScheduleRuns';
import { LeastPrivilegeRoles1796217575467 } from './1796217575467-LeastPrivilegeRoles';
import { MaskedFreeText1796217887342 } from './1796217887342-MaskedFreeText';
import { PasswordResetsAndIdleSessions1796218966229 } from './1796218966229-PasswordResetsAndIdleSessions';
import { ReportViews1796225650380 } from './1796225650380-ReportViews';
import { Outcomes1796229086002 } from './1796229086002-Outcomes';
import { TriageRuleSets1796229243661 } from './1796229243661-TriageRuleSets';
import { SessionAttendance1796229464825 } from './1796229464825-SessionAttendance';
import { TrainingReminders1796230185542 } from './1796230185542-TrainingReminders';
import { VendorPack1796231504417 } from './1796231504417-VendorPack';
import { DirtyDayClaims1796320000000 } from './1796320000000-DirtyDayClaims';
import { DropTicketTitleTrigram1796330000000 } from './1796330000000-DropTicketTitleTrigram';
import { OutboxClaims1796340000000 } from './1796340000000-OutboxClaims';

// Migrations in the order they run. `DATABASE_URL=… npx nx run server-database:migration-generate --name=X`
// writes a new file here; add it to this list. The schema-drift test fails until schema and entities agree.
export const ALL_MIGRATIONS = [
  Foundation1795686804876,
  AuditLogAppendOnly1795686804877,
  Tickets1795689157795,
  LoginResets1795696398223,
  Engagement1795698614229,
  TrainingAndTailoring1795706394237,
  Reports1795710696144,
  RegisterPlanBase1796215311538,
  ScheduleRuns1796215388289,
  LeastPrivilegeRoles1796217575467,
  MaskedFreeText1796217887342,
  PasswordResetsAndIdleSessions1796218966229,
  ReportViews1796225650380,
  Outcomes1796229086002,
  TriageRuleSets1796229243661,
  SessionAttendance1796229464825,
  TrainingReminders1796230185542,
  VendorPack1796231504417,
  DirtyDayClaims1796320000000,
  DropTicketTitleTrigram1796330000000,
  OutboxClaims1796340000000,
];
