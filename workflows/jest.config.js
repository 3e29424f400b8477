const { projectConfig } = require('../jest.preset');

module.exports = projectConfig('workflows', __dirname);
