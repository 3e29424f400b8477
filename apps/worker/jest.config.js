const { projectConfig } = require('../../jest.preset');

module.exports = projectConfig('worker', __dirname);
