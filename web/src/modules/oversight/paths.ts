/** Where the drill-down levels live; the learner level is the archives module's page (audited, M28). */
export const oversightPaths = {
  lists: '/oversight',
  drill: '/oversight/drill',
  region: (code: string) => `/oversight/drill/regions/${code}`,
  institution: (id: string) => `/oversight/drill/institutions/${id}`,
  class: (id: string) => `/oversight/drill/classes/${id}`,
  archive: (learnerId: string) => `/archives/${learnerId}`,
};
