// The home page arranges what each domain shows first (today's briefs, this week against last).
export * from './lib/home-page/home-page.component';
