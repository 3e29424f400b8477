const { projectConfig } = require('../../jest.preset');

// The web app's pure code (formats, parsing, the economy editor's arithmetic); its pages are
// tested end to end in a real browser (apps/web-e2e).
module.exports = projectConfig('web', __dirname);
