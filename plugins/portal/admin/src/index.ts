export default {
  register(app: any) {
    app.registerPlugin({ id: 'portal', name: '公开门户' });
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ data: {}, locale }));
  },
};
