const { projectConfig, swcTransform } = require('../../jest.preset');

// jose (the OpenID Connect sign-in) ships only ES modules, which jest on Node 20 cannot require:
// it is compiled to CommonJS like our own code. Node itself loads it as it is.
const config = projectConfig('api', __dirname);

module.exports = {
  ...config,
  transform: { ...config.transform, '/node_modules/jose/.+\\.js$': swcTransform },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};
