const { projectConfig } = require('../../jest.preset');

module.exports = projectConfig('documents', __dirname);
