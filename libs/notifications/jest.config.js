const { projectConfig } = require('../../jest.preset');

module.exports = projectConfig('notifications', __dirname);
