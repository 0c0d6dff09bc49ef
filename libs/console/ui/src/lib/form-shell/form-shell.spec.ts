import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { Subject } from 'rxjs';
import { injectFormShell } from './form-shell';

@Component({
  imports: [ReactiveFormsModule],
  template: `<form [formGroup]="form">
    <input formControlName="name" />
    <input formControlName="email" />
  </form>`,
})
class HostComponent {
  readonly shell = injectFormShell();
  readonly form = new FormGroup({
    name: new FormControl('Ana', { nonNullable: true }),
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });
}

@Component({
  imports: [ReactiveFormsModule],
  template: `<form [formGroup]="form">
    @for (name of names; track name) {
      <input [formControlName]="name" />
    }
  </form>`,
})
class BoundNamesHostComponent {
  readonly shell = injectFormShell({ invalidField: 'input.ng-invalid' });
  readonly names = ['days', 'points'] as const;
  readonly form = new FormGroup({
    days: new FormControl(3, { nonNullable: true }),
    points: new FormControl<number | null>(null, [Validators.required]),
  });
}

describe('FormShell', () => {
  async function render() {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    return { fixture, page: fixture.componentInstance, host };
  }

  it('stops an invalid form: every field touched, the first invalid focused', async () => {
    const { page, host } = await render();
    expect(page.shell.ready(page.form)).toBe(false);
    expect(page.form.controls.name.touched).toBe(true);
    expect(document.activeElement).toBe(
      host.querySelector('[formcontrolname="email"]'),
    );
  });

  it('focuses fields found by the selector it was given, for bound control names', async () => {
    const fixture = TestBed.createComponent(BoundNamesHostComponent);
    await fixture.whenStable();
    const page = fixture.componentInstance;
    expect(page.shell.ready(page.form)).toBe(false);
    const inputs = (fixture.nativeElement as HTMLElement).querySelectorAll(
      'input',
    );
    expect(document.activeElement).toBe(inputs[1]);
  });

  it('is pending while a submission runs, and lets one through at a time', async () => {
    const { page } = await render();
    page.form.controls.email.setValue('ana@example.nhs.uk');
    expect(page.shell.ready(page.form)).toBe(true);
    const answer = new Subject<string>();
    const done: string[] = [];
    page.shell.submit(answer, {
      done: (value) => done.push(value),
      failed: () => 'unused',
    });
    expect(page.shell.pending()).toBe(true);
    expect(page.shell.ready(page.form)).toBe(false);
    answer.next('created');
    expect(page.shell.pending()).toBe(false);
    expect(done).toEqual(['created']);
  });

  it('leaves the failure’s message, cleared by the next submission', async () => {
    const { page } = await render();
    const first = new Subject<string>();
    page.shell.submit(first, {
      done: () => undefined,
      failed: (error) => `Failed: ${String(error)}`,
    });
    first.error('offline');
    expect(page.shell.pending()).toBe(false);
    expect(page.shell.error()).toBe('Failed: offline');
    page.shell.submit(new Subject<string>(), {
      done: () => undefined,
      failed: () => 'unused',
    });
    expect(page.shell.error()).toBeNull();
  });
});
