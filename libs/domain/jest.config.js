const { projectConfig } = require('../../jest.preset');

module.exports = projectConfig('domain', __dirname);
