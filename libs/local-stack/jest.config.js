const { projectConfig } = require('../../jest.preset');

module.exports = projectConfig('local-stack', __dirname);
