import {determiners, fieldLabels, glossLabels, persons, pronouns, relativePronouns, roles, thoughtVerbs} from './roles-de.js'
import type {Locale} from './types.js'

export const de: Locale = {
  lang: 'de',
  weekdays: [['Montag', 'Mo'], ['Dienstag', 'Di'], ['Mittwoch', 'Mi'], ['Donnerstag', 'Do'], ['Freitag', 'Fr'], ['Samstag', 'Sa', 'Sonnabend'], ['Sonntag', 'So']],
  months: [
    ['Januar', 'Jan', 'Jänner'],
    ['Februar', 'Feb', 'Febr'],
    ['März', 'Mär', 'Mrz'],
    ['April', 'Apr'],
    ['Mai'],
    ['Juni', 'Jun'],
    ['Juli', 'Jul'],
    ['August', 'Aug'],
    ['September', 'Sep', 'Sept'],
    ['Oktober', 'Okt'],
    ['November', 'Nov'],
    ['Dezember', 'Dez']
  ],
  self: ['Ich'],
  commentNouns: ['Kommentar', 'Kommentare', 'Kommentar(e)', 'Antwort', 'Antworten', 'Gedanke', 'Gedanken'],
  replyNouns: ['Antwort', 'Antworten', 'Gedanke', 'Gedanken'],
  titledNouns: ['Gedanke', 'Gedanken'],
  commentCountWords: {keine: 0, kein: 0, ein: 1, eine: 1, einen: 1},
  controls: ['Antworten', 'Löschen'],
  noteLabels: [
    'Update', 'Nachtrag', 'PS', 'P.S.', 'PPS', 'P.P.S.', 'Edit', 'Fazit', 'Hinweis', 'Anmerkung',
    'Disclaimer', 'Labels', 'Tags', 'Schlagwörter', 'Kategorie', 'Kategorien', 'Quelle', 'Ergänzung',
    'Korrektur', 'Moral', 'Nachtrag 2', 'Off-Topic', 'OT'
  ],
  speechVerbs: [
    'sagte', 'sagt', 'meinte', 'meint', 'fragte', 'fragt', 'antwortete', 'antwortet', 'rief', 'ruft', 'schrie',
    'schreit', 'erklärte', 'erklärt', 'entgegnete', 'murmelte', 'brüllte', 'flüsterte', 'erwiderte', 'gesagt', 'gefragt'
  ],
  bylines: ['Eingestellt von', 'Verfasst von', 'Geschrieben von'],
  headerLabels: ['Von', 'An', 'Cc', 'Bcc', 'Betreff', 'Datum', 'Gesendet', 'Antwort an', 'Uhrzeit'],
  commonWords: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'ich', 'ein', 'eine', 'zu', 'mit', 'sich', 'auf', 'es',
    'den', 'dem', 'sie', 'wir', 'aber', 'noch', 'auch', 'was', 'wie', 'mal', 'ja', 'nein', 'doch', 'war',
    'hat', 'habe', 'bin', 'sind', 'im', 'für', 'von', 'dass', 'kein', 'schon',
    // Words of dialogue, so that a story of a few lines is told too.
    'du', 'dein', 'deine', 'mein', 'meine', 'mir', 'mich', 'dich', 'dir', 'uns', 'ihr', 'ihm', 'ihn', 'wo',
    'wer', 'warum', 'bist', 'hast', 'kann', 'muss', 'wird', 'haben', 'gibt', 'nur', 'wenn', 'oder', 'weil',
    'dann', 'jetzt', 'hier', 'heute', 'immer', 'nichts', 'bitte', 'danke', 'hallo', 'einen', 'einem', 'einer',
    'guten', 'morgen', 'tschüss', 'genau', 'moin', 'servus',
    // Also frequent in English: listed in both, so they decide nothing.
    'in', 'am', 'also'
  ],
  commentBylineVerbs: ['sagte', 'sagt', 'schrieb', 'schreibt', 'meinte', 'hat gesagt', 'hat geschrieben', 'kommentierte'],
  dateTimeJoiners: ['um'],
  timeSuffixes: {uhr: ''},
  slugFoldings: {ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss'},
  genderColonEndings: ['innen', 'in'],
  names: {
    honorifics: {herr: 'male', herrn: 'male', 'hr.': 'male', frau: 'female', 'fr.': 'female', dr: '', 'dr.': '', prof: '', 'prof.': ''},
    companyWords: ['firma', 'fa.', 'unternehmen', 'konzern', 'hersteller'],
    legalForms: ['gmbh', 'ag', 'kg', 'ohg', 'gbr', 'se'],
    townWords: ['stadt', 'ort', 'dorf', 'gemeinde'],
    townWordLinks: [],
    townPrepositions: {nach: 2, in: 1, aus: 1, im: 0},
    productWords: ['produkt', 'software', 'programm', 'app'],
    nameParts: {
      town: ['stadt', 'städtchen', 'dorf', 'ortschaft', 'gemeinde', 'kaff'],
      company: [
        'firma', 'gmbh', 'service', 'laden', 'konzern', 'agentur', 'hersteller', 'anbieter', 'dienstleister',
        'händler', 'bank', 'versicherung', 'unternehmen', 'verlag', 'restaurant', 'hotel', 'spedition', 'werkstatt',
        'kanzlei', 'bäckerei', 'apotheke'
      ],
      institution: [
        'hochschule', 'schule', 'gymnasium', 'kita', 'kindergarten', 'krankenhaus', 'klinik', 'praxis', 'uni',
        'universität', 'kirche', 'verein'
      ],
      product: ['produkt', 'software', 'programm', 'app', 'tool']
    },
    placeParts: ['ort', 'ortsname', 'wohnort', 'heimatort'],
    femaleHeads: ['frau', 'mutter', 'tochter', 'schwester', 'tante', 'oma', 'dame', 'cousine'],
    maleHeads: ['mann', 'herr', 'vater', 'sohn', 'bruder', 'onkel', 'opa', 'cousin'],
    neutralHeads: ['person'],
    phraseLinks: ['mit', 'ohne', 'aus', 'von', 'vom', 'vor', 'in', 'im', 'am', 'an', 'auf', 'bei', 'beim', 'für', 'zum', 'zur', 'neben', 'hinter', 'unter', 'über', 'der', 'die', 'das', 'den', 'dem', 'des'],
    feminineEnding: {
      suffix: 'in',
      minLength: 5,
      except: ['admin', 'termin', 'berlin', 'benzin', 'medizin', 'vitamin', 'kamin', 'cousin', 'kevin', 'martin', 'justin',
        'erwin', 'marvin', 'robin', 'colin', 'dustin', 'austin', 'latin', 'penguin', 'pin', 'bin', 'login', 'plugin']
    },
    genericLabels: {person: 'Person', surname: 'Person', company: 'Firma', town: 'Ort', product: 'Produkt', institution: 'Einrichtung'}
  },
  pseudonyms: {
    female: [
      'Anna', 'Birgit', 'Carla', 'Doris', 'Elke', 'Frieda', 'Greta', 'Hanna', 'Ilse', 'Jana', 'Karin',
      'Lea', 'Marion', 'Nina', 'Olga', 'Petra', 'Renate', 'Sabine', 'Tanja', 'Ute', 'Vera', 'Wiebke',
      'Yvonne', 'Zoe', 'Astrid', 'Bettina', 'Claudia', 'Dagmar', 'Erika', 'Gisela', 'Heike', 'Inge',
      'Jutta', 'Kerstin', 'Lina', 'Maren', 'Nadine', 'Paula', 'Rita', 'Silke', 'Theresa', 'Ulrike'
    ],
    male: [
      'Andreas', 'Bernd', 'Carsten', 'Dieter', 'Emil', 'Frank', 'Georg', 'Holger', 'Ingo', 'Jan',
      'Klaus', 'Lars', 'Markus', 'Norbert', 'Olaf', 'Paul', 'Rainer', 'Stefan', 'Torsten', 'Uwe',
      'Volker', 'Werner', 'Axel', 'Björn', 'Christoph', 'Detlef', 'Erik', 'Felix', 'Gerd', 'Heiko',
      'Jens', 'Karl', 'Lutz', 'Malte', 'Nils', 'Otto', 'Peter', 'Ralf', 'Sven', 'Till', 'Ulf', 'Wolfgang'
    ],
    surnames: [
      'Albers', 'Brandt', 'Claßen', 'Dietrich', 'Ebert', 'Fuchs', 'Graf', 'Hartmann', 'Imhoff', 'Jäger',
      'Kessler', 'Lorenz', 'Martens', 'Neumann', 'Oswald', 'Petersen', 'Quast', 'Reuter', 'Schubert',
      'Thiele', 'Ulrich', 'Vogt', 'Winkler', 'Zander', 'Adler', 'Bauer', 'Conrad', 'Dörr', 'Engel',
      'Frey', 'Gebhardt', 'Haas', 'Jansen', 'Kühn', 'Lange', 'Möller', 'Nowak', 'Otten', 'Pohl', 'Roth',
      'Seidel', 'Tillmann', 'Unger', 'Voss', 'Wendt', 'Ziegler', 'Bergmann', 'Hoffmeister', 'Kramer',
      'Lindner', 'Meinhardt', 'Scholz', 'Stein', 'Wagner', 'Falk', 'Haller', 'Krause', 'Mertens'
    ],
    companyStems: [
      'Nordwerk', 'Lindtec', 'Alpenlicht', 'Weserdata', 'Brückner', 'Kranich', 'Tannhaus', 'Rheinblick',
      'Sonnfeld', 'Eichler', 'Heidmann', 'Ostwind', 'Mühlbach', 'Falkenstein', 'Bergquell', 'Seewerk',
      'Hansetec', 'Kronberg', 'Feldmann', 'Silberdraht', 'Wolkenbau', 'Grünhof', 'Steinlein', 'Fichtner'
    ],
    companyEndings: [' GmbH', ' AG', ' KG', ' GmbH & Co. KG', ' Systeme GmbH', ' IT-Service', ' Handels GmbH'],
    townStems: [
      'Birken', 'Eichen', 'Linden', 'Hohen', 'Alten', 'Neuen', 'Tannen', 'Wiesen', 'Buchen', 'Erlen',
      'Hasel', 'Rosen', 'Stein', 'Mühl', 'Falken', 'Wolfs', 'Kirch', 'Sonnen', 'Ulmen', 'Weiden'
    ],
    townEndings: ['feld', 'hausen', 'dorf', 'bach', 'heim', 'stedt', 'burg', 'au', 'rode', 'hagen', 'born', 'tal'],
    products: [
      'Tabula', 'Nexio', 'Quillon', 'Verdanto', 'Orbix', 'Kalmar', 'Lumeo', 'Fenrix', 'Astrion', 'Zelto',
      'Mirabo', 'Pexon', 'Solvaro', 'Trivium', 'Carvex', 'Domilo'
    ],
    institutionNounFirst: true
  },
  // Roles, persons, pronouns, fields, glosses, thought verbs: roles-de.ts (by name: a spread module
  // namespace would cost the browser bundle its getters), in the order a spread gave them.
  determiners, fieldLabels, glossLabels, persons, pronouns, relativePronouns, roles, thoughtVerbs,
  replyPrefixes: ['Re', 'AW', 'WG', 'Antw', 'Fwd', 'Fw'],
  leadIns: [
    'Kurzum', 'Kurz und gut', 'Langer Rede kurzer Sinn', 'Jedenfalls', 'Am Ende', 'Zum Schluss', 'Schlussendlich',
    'Letztendlich', 'Im Endeffekt', 'Die Moral von der Geschicht', 'Moral von der Geschicht', 'Die Moral der Geschichte',
    'Worauf ich hinaus will', 'Übrigens', 'Nebenbei', 'Nebenbei bemerkt', 'Randnotiz', 'Inzwischen', 'Mittlerweile',
    'Später', 'Danach', 'Spoiler'
  ],
  metaPhrases: ['Veröffentlicht am', 'Veröffentlicht', 'Geschrieben am', 'Erstellt am', 'Verfasst am', 'Gepostet am', 'Eingestellt am'],
  shareLines: ['Diesen Post per E-Mail versenden', 'In Twitter freigeben', 'In Facebook freigeben', 'Auf Pinterest teilen', 'Teilen mit:', 'Gefällt mir:', 'Gefällt mir Wird geladen …', 'Ähnliche Beiträge'],
  bylineWords: ['von'],
  ordinalSuffixes: [],
  commentCountLeads: ['bisher', 'schon', 'insgesamt', 'bereits'],
  commentTitleWords: ['zu', 'auf'],
  commentDateWords: ['am', 'um']
}
