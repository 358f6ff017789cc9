// Browser project: compile like the others, and build the admin panel when stale.
module.exports = () => require('./global-setup').buildAdminOnce();
