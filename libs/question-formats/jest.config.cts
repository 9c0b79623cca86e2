module.exports = {
  displayName: 'question-formats',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/question-formats',
};
