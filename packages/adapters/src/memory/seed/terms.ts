/** The terms of use accepted during the CAF first-connection migration (plain text, fictitious demo wording). */
import type { TermsOfUse } from '@moncompte/core';

export const TERMS: TermsOfUse = {
  version: '2026-01',
  title: "Conditions générales d’utilisation de Mon Compte",
  sections: [
    {
      heading: 'Objet',
      paragraphs: [
        'Mon Compte vous permet de consulter votre dossier, de suivre vos paiements et de faire vos démarches en ligne.',
        'Ces conditions s’appliquent à toute utilisation de Mon Compte, sur le site comme sur l’application.',
      ],
    },
    {
      heading: 'Identifiant et mot de passe',
      paragraphs: [
        'Vous vous connectez avec votre numéro de sécurité sociale et un mot de passe personnel.',
        'Votre mot de passe est confidentiel : la Caf n’y a pas accès. Ne le communiquez à personne.',
      ],
    },
    {
      heading: 'Coordonnées de contact',
      paragraphs: [
        'Votre adresse électronique ou votre numéro de téléphone portable servent à vous envoyer des codes de confirmation et des informations sur votre dossier.',
      ],
    },
    {
      heading: 'Données personnelles',
      paragraphs: [
        'Les informations de votre dossier sont traitées pour le calcul et le paiement de vos prestations, dans le respect du règlement général sur la protection des données.',
        'Vous pouvez exercer vos droits d’accès et de rectification auprès de votre Caf.',
      ],
    },
  ],
};
