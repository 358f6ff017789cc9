import officialContact from './official-contact';

export default { 'official-contact': officialContact };
