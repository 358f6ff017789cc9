import calendar from './calendar';
import deadlines from './deadlines';

export default { calendar, deadlines };
