module.exports = {
  displayName: 'spreadsheets',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/spreadsheets',
};
