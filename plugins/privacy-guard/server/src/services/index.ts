import scanner from './scanner';

export default { scanner };
