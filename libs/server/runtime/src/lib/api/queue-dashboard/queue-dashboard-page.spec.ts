import { withoutExternalStylesheets } from './queue-dashboard-page';

describe("the board's page", () => {
  it('loses its Google Fonts stylesheet and keeps its own files', () => {
    const html = [
      '<link rel="icon" type="image/svg+xml" id="fav-logo" href="static/images/logo.svg">',
      '<link href="https://fonts.googleapis.com/css2?family=IBM+Plex+Sans:wght@400&display=swap" rel="stylesheet">',
      '<link href="static/css/main.css" rel="stylesheet"></head>',
    ].join('\n');
    expect(withoutExternalStylesheets(html)).toBe(
      ['<link rel="icon" type="image/svg+xml" id="fav-logo" href="static/images/logo.svg">', '<link href="static/css/main.css" rel="stylesheet"></head>'].join('\n'),
    );
  });
});
