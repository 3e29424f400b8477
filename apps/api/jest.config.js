const { projectConfig } = require('../../jest.preset');

module.exports = projectConfig('api', __dirname);
