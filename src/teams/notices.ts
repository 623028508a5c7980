// The few fixed Dutch sentences the Teams layer sends itself. None holds a figure: every
// answer with numbers comes from src/answers.
export const NOTICES = {
  /** A tenant not in ALLOWED_TENANTS. */
  tenantNotAllowed:
    'Banenbot is niet beschikbaar voor uw organisatie. Neem contact op met de beheerder van uw Teams-omgeving als u denkt dat dit niet klopt.',
  /** A card button whose data no longer fits (old card, changed bot). */
  staleCardAction:
    'Deze knop werkt niet meer. Stel uw vraag opnieuw in een bericht, bijvoorbeeld: realisatie politie 2024?',
  /** Something failed while answering. */
  turnError:
    'Er ging iets mis bij het beantwoorden van uw vraag. Probeer het zo nog eens, of stel de vraag op een andere manier.',
} as const;
