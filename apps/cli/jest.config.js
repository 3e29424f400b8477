const { projectConfig } = require('../../jest.preset');

module.exports = projectConfig('cli', __dirname);
