import admin from './admin';
import workingDays from './working-days';

export default { admin, 'working-days': workingDays };
