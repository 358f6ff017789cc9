import siteSetting from './site-setting';
import disclosureGuide from './disclosure-guide';

export default { 'site-setting': siteSetting, 'disclosure-guide': disclosureGuide };
