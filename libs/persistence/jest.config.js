const { projectConfig } = require('../../jest.preset');

module.exports = projectConfig('persistence', __dirname);
