// German words for the people of a story (data): roles at work, in shops, at school, in
// families and offices; person nouns; pronouns. A label that ends in one of them is a speaker.

/**
 * Roles, masculine and feminine (`Kunde`, `Kundin`; `Käufer(in)` for both, as German writes them);
 * plurals where a group speaks (`Kunden`).
 */
export const roles: readonly string[] = withFeminine([
  // Shops and service.
  'Kunde', 'Kundin', 'Kunden', 'Käufer(in)', 'Verkäufer(in)', 'Kassierer(in)',
  'Bäcker(in)', 'Metzger(in)', 'Kellner(in)', 'Wirt(in)', 'Gast', 'Gäste',
  'Apotheker(in)', 'Friseur(in)', 'Lieferant(in)', 'Fahrer(in)',
  'Paketbote', 'Paketbotin', 'Postbote', 'Postbotin', 'Taxifahrer(in)', 'Busfahrer(in)',
  'Anrufer(in)', 'Händler(in)', 'Stammkunde', 'Stammkundin', 'Tourist(in)',
  'Patient(in)', 'Mieter(in)', 'Vermieter(in)', 'Nachbar(in)',
  // Work and offices.
  'Chef(in)', 'Boss', 'Kollege', 'Kollegin', 'Kollegen', 'Azubi', 'Auszubildender', 'Auszubildende',
  'Praktikant(in)', 'Werkstudent(in)', 'Mitarbeiter(in)',
  'Geschäftsführer(in)', 'Abteilungsleiter(in)', 'Filialleiter(in)', 'Marktleiter(in)', 'Schichtleiter(in)', 'Teamleiter(in)', 'Vorgesetzter', 'Vorgesetzte', 'Leiter(in)', 'Sekretär(in)',
  'Hausmeister(in)', 'Techniker(in)', 'Haustechniker', 'Admin', 'Administrator(in)', 'Systemadministrator', 'Entwickler(in)', 'Programmierer(in)',
  'Berater(in)', 'Vertreter(in)', 'Außendienstler', 'Sachbearbeiter(in)',
  'Beamter', 'Beamtin', 'Beamte', 'Pförtner(in)', 'Wachmann', 'Security', 'Polizist(in)',
  'Arzt', 'Ärztin', 'Doktor', 'Schwester', 'Pfleger(in)', 'Sprechstundenhilfe', 'Notar(in)',
  'Anwalt', 'Anwältin', 'Richter(in)', 'Dolmetscher(in)', 'Handwerker(in)',
  'Monteur(in)', 'Elektriker(in)', 'Klempner', 'Empfang', 'Hotline', 'Support',
  'Neue', 'Neuer', 'Aushilfe', 'Springer(in)',
  // School.
  'Lehrer(in)', 'Schüler(in)', 'Klassenlehrer(in)', 'Direktor(in)', 'Rektor(in)', 'Student(in)', 'Professor(in)', 'Dozent(in)',
  'Erzieher(in)', 'Trainer(in)', 'Referendar(in)', 'Nachhilfeschüler',
  // Families.
  'Mama', 'Mami', 'Mutti', 'Papa', 'Papi', 'Vati', 'Mutter', 'Vater', 'Eltern', 'Oma', 'Opa', 'Omi', 'Opi',
  'Großmutter', 'Großvater', 'Tante', 'Onkel', 'Bruder', 'Schwester', 'Sohn', 'Tochter', 'Cousin', 'Cousine',
  'Neffe', 'Nichte', 'Enkel(in)', 'Mann', 'Frau', 'Ehemann', 'Ehefrau', 'Freund(in)',
  'Schwiegermutter', 'Schwiegervater', 'Schwager', 'Schwägerin', 'Kind', 'Kinder', 'Baby'
])

/**
 * Nouns for a person described rather than named (`Älterer Herr mit Hut`, `Frau mit Hund`): the
 * head of a long descriptive label.
 */
export const persons: readonly string[] = [
  'Mann', 'Frau', 'Herr', 'Dame', 'Typ', 'Kerl', 'Junge', 'Mädchen', 'Kind', 'Jugendlicher', 'Jugendliche',
  'Person', 'Rentner', 'Rentnerin', 'Oma', 'Opa', 'Mutter', 'Vater', 'Teenager', 'Stimme', 'Anrufer', 'Anruferin'
]

/** Pronouns that stand for a speaker in a dialogue (`Sie: Das geht so nicht.`). */
export const pronouns: readonly string[] = ['Er', 'Sie', 'Wir', 'Beide', 'Alle', 'Jemand']

/** Articles, possessives and other words a role may follow (`Der Azubi`, `Meine Kollegin`). */
export const determiners: readonly string[] = [
  'der', 'die', 'das', 'ein', 'eine', 'mein', 'meine', 'dein', 'deine', 'sein', 'seine', 'ihr', 'ihre',
  'unser', 'unsere', 'euer', 'eure', 'dieser', 'diese', 'jener', 'jene', 'andere', 'anderer', 'zweite', 'zweiter'
]

/** Words that start a relative clause after a comma: part of a long label, not a direction. */
export const relativePronouns: readonly string[] = ['der', 'die', 'das', 'welcher', 'welche', 'welches', 'dem', 'den', 'deren', 'dessen']

/**
 * Labels of a list, a form or a field (`Problem:`, `Lösung:`, `Schritt 1:`): never a speaker
 * unless the caller's `cast` names them.
 */
export const fieldLabels: readonly string[] = [
  'Problem', 'Lösung', 'Ursache', 'Grund', 'Status', 'Ergebnis', 'Ziel', 'Plan', 'Preis', 'Kosten', 'Menge',
  'Dauer', 'Ort', 'Zeit', 'Termin', 'Priorität', 'Kategorie', 'Schritt', 'Teil', 'Kapitel', 'Runde', 'Raum',
  'Zimmer', 'Tag', 'Woche', 'Punkt', 'Frage', 'Thema', 'Betreff', 'Zutaten', 'Öffnungszeiten', 'Adresse',
  'Telefon', 'Tel.', 'Fax', 'E-Mail', 'Link', 'Nr.', 'Nummer', 'Std.', 'Uhrzeit', 'Symptome', 'Diagnose',
  'Tipp', 'Achtung', 'Wichtig', 'Vorteil', 'Nachteil', 'Bilanz', 'Stand', 'Pro', 'Contra', 'Kontra', 'Ticket'
]

/** Labels of a gloss or a translation (`Übersetzt:`, `Gemeint war:`): a note, not a speaker. */
export const glossLabels: readonly string[] = [
  'Übersetzt', 'Übersetzung', 'Gemeint war', 'Gemeint ist', 'Sprich', 'Auf Deutsch', 'Im Klartext', 'Will heißen',
  'Das heißt', 'Zu Deutsch', 'Sinngemäß', 'Frei übersetzt'
]

/** Verbs of thought that introduce a quoted thought in narration (`Ich dachte mir:`). */
export const thoughtVerbs: readonly string[] = ['dachte', 'denke', 'denkt', 'dachten', 'überlegte', 'wunderte']

/** The words of `list`, each `Käufer(in)` as `Käufer` and `Käuferin`. */
function withFeminine(list: readonly string[]): string[] {
  return list.flatMap((word) => (word.endsWith('(in)') ? [word.slice(0, -4), word.slice(0, -4) + 'in'] : [word]))
}
