import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AttendanceView, InvitationResult, Page, TrainingBookingView, TrainingSessionDetail, TrainingSessionView } from '@navdesk/contracts';
import { AttendanceViewSchema, InvitationResultSchema, TrainingBookingViewSchema, TrainingSessionDetailSchema, TrainingSessionViewSchema } from '@navdesk/contracts/schemas';
import { CurrentUser, Roles, type UserPrincipal } from '@navdesk/server/access';
import { ApiAnswer, ApiErrors, ApiNoContent, ApiPageAnswer, uuidParam } from '@navdesk/server/core';
import { TrainingBookingsService } from '../bookings/training-bookings.service';
import { CreateTrainingSessionDto, InviteToSessionDto, ListTrainingSessionsDto, RecordAttendanceDto } from '../training.dto';
import { TrainingSessionsService } from './training-sessions.service';

@ApiTags('training')
@Controller('training/sessions')
export class TrainingSessionsController {
  constructor(
    private readonly sessions: TrainingSessionsService,
    private readonly bookings: TrainingBookingsService,
  ) {}

  @Roles('navigator')
  @Post()
  @ApiOperation({ summary: 'Schedule a training session', description: 'A session of a catalogue module, in the future, with a number of seats.' })
  @ApiAnswer(201, TrainingSessionViewSchema, 'Scheduled')
  create(@Body() body: CreateTrainingSessionDto, @CurrentUser() user: UserPrincipal): Promise<TrainingSessionView> {
    return this.sessions.create(body, user);
  }

  /** Upcoming (soonest first) or past (latest first) sessions of the caller's services. */
  @Roles('pwp', 'navigator', 'manager')
  @Get()
  @ApiOperation({ summary: 'List training sessions', description: 'Upcoming (soonest first) or past (latest first) sessions of the caller’s services.' })
  @ApiPageAnswer(TrainingSessionViewSchema)
  list(@Query() query: ListTrainingSessionsDto, @CurrentUser() user: UserPrincipal): Promise<Page<TrainingSessionView>> {
    return this.sessions.list(user, query);
  }

  /** A session with its roster (a PWP sees only their own booking). */
  @Roles('pwp', 'navigator', 'manager')
  @Get(':id')
  @ApiOperation({ summary: 'Read a training session and its roster', description: 'A PWP sees only their own booking.' })
  @ApiAnswer(200, TrainingSessionDetailSchema)
  one(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<TrainingSessionDetail> {
    return this.sessions.one(id, user);
  }

  @Roles('navigator')
  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Cancel a training session', description: 'Only before it starts; booked PWPs are told.' })
  @ApiAnswer(200, TrainingSessionViewSchema, 'Cancelled')
  @ApiErrors({ 409: 'The session is already cancelled or has started' })
  cancel(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<TrainingSessionView> {
    return this.sessions.cancel(id, user);
  }

  /** A PWP books themself a seat. */
  @Roles('pwp')
  @Post(':id/bookings')
  @ApiOperation({ summary: 'Book yourself a seat on a training session' })
  @ApiAnswer(201, TrainingBookingViewSchema, 'Booked')
  @ApiErrors({ 409: 'The session is full, already booked by you, started or cancelled' })
  book(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<TrainingBookingView> {
    return this.bookings.book(id, user);
  }

  /** A PWP cancels their booking, freeing the seat. */
  @Roles('pwp')
  @Delete(':id/bookings')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Cancel your booking on a training session', description: 'Frees the seat; only before the session starts. 404 when you have no booking on it.' })
  @ApiNoContent('Booking cancelled')
  @ApiErrors({ 409: 'The session has already started' })
  async cancelBooking(@Param('id', uuidParam('id')) id: string, @CurrentUser() user: UserPrincipal): Promise<void> {
    await this.bookings.cancel(id, user);
  }

  /** Attendance with confidence before and after (1–10): 201 recorded, 200 replaced an earlier record. */
  @Roles('pwp', 'navigator')
  @Post(':id/attendance')
  @ApiOperation({
    summary: 'Record attendance at a training session, with confidence before and after (1–10)',
    description: 'A PWP records their own, on a session they booked; a navigator records any PWP of the session’s service (walk-ins too). Open from 60 minutes before the start.',
  })
  @ApiAnswer(201, AttendanceViewSchema, 'Recorded')
  @ApiAnswer(200, AttendanceViewSchema, 'Replaced an earlier record')
  @ApiErrors({ 409: 'Too early, the session was cancelled, or (a PWP) not booked' })
  async attendance(@Param('id', uuidParam('id')) id: string, @Body() body: RecordAttendanceDto, @CurrentUser() user: UserPrincipal, @Res({ passthrough: true }) res: Response): Promise<AttendanceView> {
    const { view, created } = await this.bookings.recordAttendance(id, body, user);
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return view;
  }

  @Roles('navigator')
  @Post(':id/invitations')
  @ApiOperation({ summary: 'Invite PWPs to a training session', description: 'PWPs of the session’s service; each is told once, however often invited.' })
  @ApiAnswer(201, InvitationResultSchema, 'Invited')
  @ApiErrors({ 409: 'The session was cancelled or has started' })
  invite(@Param('id', uuidParam('id')) id: string, @Body() body: InviteToSessionDto, @CurrentUser() user: UserPrincipal): Promise<InvitationResult> {
    return this.sessions.invite(id, body.pwpIds, user);
  }
}
