import type {Locale} from './types.js'

export const de: Locale = {
  lang: 'de',
  weekdays: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Sonnabend'],
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
  commentNouns: ['Kommentar', 'Kommentare'],
  commentCountWords: {keine: 0, kein: 0, ein: 1, einen: 1},
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
    // Also frequent in English: listed in both, so they decide nothing.
    'in', 'am', 'also'
  ],
  commentBylineVerbs: ['sagte', 'schrieb', 'meinte', 'hat gesagt', 'hat geschrieben', 'kommentierte'],
  dateTimeJoiners: ['um'],
  timeSuffixes: {uhr: ''}
}
