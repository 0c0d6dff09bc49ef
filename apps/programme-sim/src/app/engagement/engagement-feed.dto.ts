import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, IsUrl, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PATIENT_REF } from '../accounts.store';

export class FeedServiceDto {
  /** The service's Navdesk integration key. */
  @IsString() @MinLength(8) @MaxLength(200) key!: string;
  @IsArray() @ArrayMaxSize(50_000) @Matches(PATIENT_REF, { each: true, message: 'patientRefs must look like P-7QK2M9' }) patientRefs!: string[];
}

export class FeedDto {
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true }, { message: 'navdeskUrl must be an http(s) URL' }) navdeskUrl!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => FeedServiceDto) services!: FeedServiceDto[];
  @IsOptional() @IsInt({ message: 'historyWeeks must be a whole number' }) @Min(0) @Max(52) historyWeeks?: number;
  @IsOptional() @IsInt({ message: 'trickleEveryMs must be a whole number' }) @Min(1_000) @Max(3_600_000) trickleEveryMs?: number;
}
