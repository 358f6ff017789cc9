// Plugin configuration (config/plugins.ts → 'review-gate'.config). Defaults live here.
// `gatedTypes` has no default array on purpose: Strapi merges plugin config with
// defaultsDeep, which would merge a shorter user list into a default list index by
// index; the fallback is applied in code instead (see gatedTypes()).

export const DEFAULT_GATED_TYPES = [
  'api::notice.notice',
  'api::policy-interpretation.policy-interpretation',
  'api::guide.guide',
];

export interface CoReleaseConfig {
  /** The type that may be a 行政规范性文件 (R11). */
  documentUid: string;
  typeField: string;
  normativeValue: string;
  /** Relation on the document listing its interpretations. */
  interpretationsField: string;
  interpretationUid: string;
  /** Relation on the interpretation listing the documents it interprets. */
  noticesField: string;
}

export interface GateConfig {
  gatedTypes?: string[];
  /** Step → admin role code whose holders decide it (R10). */
  stepRoles: { first: string; second: string; final: string };
  coRelease: CoReleaseConfig;
}

export default {
  default: {
    stepRoles: { first: 'gk-first-reviewer', second: 'gk-second-reviewer', final: 'gk-final-reviewer' },
    coRelease: {
      documentUid: 'api::notice.notice',
      typeField: 'documentType',
      normativeValue: 'normative',
      interpretationsField: 'interpretations',
      interpretationUid: 'api::policy-interpretation.policy-interpretation',
      noticesField: 'notices',
    },
  } as GateConfig,
  validator(config: GateConfig) {
    if (config.gatedTypes !== undefined && (!Array.isArray(config.gatedTypes) || config.gatedTypes.some((t) => typeof t !== 'string'))) {
      throw new Error('review-gate: gatedTypes 必须是内容类型 uid 的数组');
    }
    for (const step of ['first', 'second', 'final'] as const) {
      if (typeof config.stepRoles?.[step] !== 'string' || !config.stepRoles[step]) {
        throw new Error(`review-gate: stepRoles.${step} 必须是管理员角色代码`);
      }
    }
  },
};
