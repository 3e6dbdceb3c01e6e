// German words for the people of a story (data only): roles at work, in shops, at school, in
// families and offices; person nouns; pronouns. A label that ends in one of them is a speaker.

/** Roles, masculine and feminine (`Kunde`, `Kundin`); plurals where a group speaks (`Kunden`). */
export const roles: readonly string[] = [
  // Shops and service.
  'Kunde', 'Kundin', 'Kunden', 'Käufer', 'Käuferin', 'Verkäufer', 'Verkäuferin', 'Kassierer', 'Kassiererin',
  'Bäcker', 'Bäckerin', 'Metzger', 'Metzgerin', 'Kellner', 'Kellnerin', 'Wirt', 'Wirtin', 'Gast', 'Gäste',
  'Apotheker', 'Apothekerin', 'Friseur', 'Friseurin', 'Lieferant', 'Lieferantin', 'Fahrer', 'Fahrerin',
  'Paketbote', 'Paketbotin', 'Postbote', 'Postbotin', 'Taxifahrer', 'Taxifahrerin', 'Busfahrer', 'Busfahrerin',
  'Anrufer', 'Anruferin', 'Händler', 'Händlerin', 'Stammkunde', 'Stammkundin', 'Tourist', 'Touristin',
  'Patient', 'Patientin', 'Mieter', 'Mieterin', 'Vermieter', 'Vermieterin', 'Nachbar', 'Nachbarin',
  // Work and offices.
  'Chef', 'Chefin', 'Boss', 'Kollege', 'Kollegin', 'Kollegen', 'Azubi', 'Auszubildender', 'Auszubildende',
  'Praktikant', 'Praktikantin', 'Werkstudent', 'Werkstudentin', 'Mitarbeiter', 'Mitarbeiterin',
  'Geschäftsführer', 'Geschäftsführerin', 'Abteilungsleiter', 'Abteilungsleiterin', 'Filialleiter',
  'Filialleiterin', 'Marktleiter', 'Marktleiterin', 'Schichtleiter', 'Schichtleiterin', 'Teamleiter',
  'Teamleiterin', 'Vorgesetzter', 'Vorgesetzte', 'Leiter', 'Leiterin', 'Sekretär', 'Sekretärin',
  'Hausmeister', 'Hausmeisterin', 'Techniker', 'Technikerin', 'Haustechniker', 'Admin', 'Administrator',
  'Administratorin', 'Systemadministrator', 'Entwickler', 'Entwicklerin', 'Programmierer', 'Programmiererin',
  'Berater', 'Beraterin', 'Vertreter', 'Vertreterin', 'Außendienstler', 'Sachbearbeiter', 'Sachbearbeiterin',
  'Beamter', 'Beamtin', 'Beamte', 'Pförtner', 'Pförtnerin', 'Wachmann', 'Security', 'Polizist', 'Polizistin',
  'Arzt', 'Ärztin', 'Doktor', 'Schwester', 'Pfleger', 'Pflegerin', 'Sprechstundenhilfe', 'Notar', 'Notarin',
  'Anwalt', 'Anwältin', 'Richter', 'Richterin', 'Dolmetscher', 'Dolmetscherin', 'Handwerker', 'Handwerkerin',
  'Monteur', 'Monteurin', 'Elektriker', 'Elektrikerin', 'Klempner', 'Empfang', 'Hotline', 'Support',
  'Neue', 'Neuer', 'Aushilfe', 'Springer', 'Springerin',
  // School.
  'Lehrer', 'Lehrerin', 'Schüler', 'Schülerin', 'Klassenlehrer', 'Klassenlehrerin', 'Direktor',
  'Direktorin', 'Rektor', 'Rektorin', 'Student', 'Studentin', 'Professor', 'Professorin', 'Dozent', 'Dozentin',
  'Erzieher', 'Erzieherin', 'Trainer', 'Trainerin', 'Referendar', 'Referendarin', 'Nachhilfeschüler',
  // Families.
  'Mama', 'Mami', 'Mutti', 'Papa', 'Papi', 'Vati', 'Mutter', 'Vater', 'Eltern', 'Oma', 'Opa', 'Omi', 'Opi',
  'Großmutter', 'Großvater', 'Tante', 'Onkel', 'Bruder', 'Schwester', 'Sohn', 'Tochter', 'Cousin', 'Cousine',
  'Neffe', 'Nichte', 'Enkel', 'Enkelin', 'Mann', 'Frau', 'Ehemann', 'Ehefrau', 'Freund', 'Freundin',
  'Schwiegermutter', 'Schwiegervater', 'Schwager', 'Schwägerin', 'Kind', 'Kinder', 'Baby'
]

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
