import isEditor from './is-editor';

export default { 'is-editor': isEditor };
