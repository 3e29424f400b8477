const { projectConfig } = require('../../jest.preset');

module.exports = projectConfig('testing', __dirname);
