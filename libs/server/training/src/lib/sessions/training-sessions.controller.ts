import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AttendanceView, InvitationResult, Page, TrainingBookingView, TrainingSessionDetail, TrainingSessionView } from '@navdesk/contracts';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { uuidParam } from '@navdesk/server/core';
import { TrainingBookingsService } from '../bookings/training-bookings.service';
import { CreateTrainingSessionDto, InviteToSessionDto, ListTrainingSessionsDto, RecordAttendanceDto } from '../training.dto';
import { TrainingSessionsService } from './training-sessions.service';

@ApiTags('training')
@ApiBearerAuth()
@Controller('training/sessions')
export class TrainingSessionsController {
  constructor(
    private readonly sessions: TrainingSessionsService,
    private readonly bookings: TrainingBookingsService,
  ) {}

  @Roles('navigator')
  @Post()
  @ApiCreatedResponse({ description: 'scheduled' })
  create(@Body() body: CreateTrainingSessionDto, @CurrentUser() user: UserPrincipal): Promise<TrainingSessionView> {
    return this.sessions.create(body, user);
  }

  /** Upcoming (soonest first) or past (latest first) sessions of the caller's services. */
  @Roles('pwp', 'navigator', 'manager')
  @Get()
  list(@Query() query: ListTrainingSessionsDto, @CurrentUser() user: UserPrincipal): Promise<Page<TrainingSessionView>> {
    return this.sessions.list(user, query);
  }

  /** A session with its roster (a PWP sees only their own booking). */
  @Roles('pwp', 'navigator', 'manager')
  @Get(':id')
  one(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<TrainingSessionDetail> {
    return this.sessions.one(id, user);
  }

  @Roles('navigator')
  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiConflictResponse({ description: 'already cancelled or started' })
  cancel(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<TrainingSessionView> {
    return this.sessions.cancel(id, user);
  }

  /** A PWP books themself a seat. */
  @Roles('pwp')
  @Post(':id/bookings')
  @ApiCreatedResponse({ description: 'booked' })
  @ApiConflictResponse({ description: 'full, already booked, started or cancelled' })
  book(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<TrainingBookingView> {
    return this.bookings.book(id, user);
  }

  /** A PWP cancels their booking, freeing the seat. */
  @Roles('pwp')
  @Delete(':id/bookings')
  @HttpCode(HttpStatus.NO_CONTENT)
  async cancelBooking(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<void> {
    await this.bookings.cancel(id, user);
  }

  /** Attendance with confidence before and after (1–10): 201 recorded, 200 replaced an earlier record. */
  @Roles('pwp', 'navigator')
  @Post(':id/attendance')
  @ApiCreatedResponse({ description: 'recorded' })
  @ApiOkResponse({ description: 'replaced an earlier record' })
  @ApiConflictResponse({ description: 'too early, cancelled, or (a PWP) not booked' })
  async attendance(@Param('id', uuidParam('id')) id: string, @Body() body: RecordAttendanceDto, @CurrentUser() user: UserPrincipal, @Res({ passthrough: true }) res: Response): Promise<AttendanceView> {
    const { view, created } = await this.bookings.recordAttendance(id, body, user);
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return view;
  }

  @Roles('navigator')
  @Post(':id/invitations')
  @ApiCreatedResponse({ description: 'invited; each PWP is told once' })
  invite(@Param('id', uuidParam('id')) id: string, @Body() body: InviteToSessionDto, @CurrentUser() user: UserPrincipal): Promise<InvitationResult> {
    return this.sessions.invite(id, body.pwpIds, user);
  }
}
