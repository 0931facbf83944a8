// The portal's own words (the shell around the elements). The portal is a French demo application; the
// elements it shows carry their own French and English catalogues.
export const STRINGS = {
  skipToContent: 'Aller au contenu',
  mainNavigation: 'Navigation principale',
  signIn: 'Se connecter',
  signedInAs: 'Compte de',
  homeLinkSuffix: 'accueil',
  footerDemo: 'Site de démonstration de moncompte-ui : les données affichées sont fictives.',
  footerChangeAgency: 'Changer d’organisme',
  homeHeading: 'Démonstration moncompte-ui',
  homeIntro:
    'Des pages de compte assemblées à partir des éléments moncompte-ui, sur des données fictives. Choisissez un organisme :',
  notFoundHeading: 'Page introuvable',
  notFoundText: 'Cette adresse ne correspond à aucune page de la démonstration.',
  notFoundBack: 'Revenir au choix de l’organisme',
  loadFailed: 'Cette page n’a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page.',
  reload: 'Recharger la page',
} as const;
