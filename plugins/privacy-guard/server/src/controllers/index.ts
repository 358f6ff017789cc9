import scan from './scan';

export default { scan };
