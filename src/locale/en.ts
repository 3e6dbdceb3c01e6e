import type {Locale} from './types.js'

export const en: Locale = {
  lang: 'en',
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  months: [
    ['January', 'Jan'],
    ['February', 'Feb'],
    ['March', 'Mar'],
    ['April', 'Apr'],
    ['May'],
    ['June', 'Jun'],
    ['July', 'Jul'],
    ['August', 'Aug'],
    ['September', 'Sep', 'Sept'],
    ['October', 'Oct'],
    ['November', 'Nov'],
    ['December', 'Dec']
  ],
  self: ['Me', 'I', 'Myself'],
  commentNouns: ['comment', 'comments'],
  commentCountWords: {no: 0, one: 1},
  controls: ['Reply', 'Delete'],
  noteLabels: [
    'Update', 'Edit', 'PS', 'P.S.', 'PPS', 'P.P.S.', 'Note', 'Disclaimer', 'Labels', 'Tags',
    'Categories', 'Category', 'Source', 'Addendum', 'Correction', 'TL;DR', 'TLDR', 'Moral', 'Epilogue',
    'Postscript', 'Off-topic', 'OT'
  ],
  speechVerbs: [
    'said', 'says', 'asked', 'asks', 'replied', 'replies', 'answered', 'shouted', 'yelled', 'screamed', 'whispered',
    'muttered', 'explained', 'added', 'told', 'goes', 'went'
  ],
  bylines: ['Posted by', 'Written by'],
  headerLabels: ['From', 'To', 'Cc', 'Bcc', 'Subject', 'Date', 'Sent', 'Reply-To', 'Time'],
  commonWords: [
    'the', 'and', 'is', 'not', 'i', 'a', 'an', 'to', 'with', 'on', 'it', 'you', 'we', 'but', 'still',
    'also', 'what', 'how', 'yes', 'no', 'was', 'has', 'have', 'am', 'are', 'in', 'for', 'of', 'that',
    'my', 'me', 'he', 'she', 'they', 'this', 'just', 'do', "don't", 'can'
  ],
  commentBylineVerbs: ['said', 'wrote', 'says', 'writes', 'commented'],
  dateTimeJoiners: ['at'],
  timeSuffixes: {'a.m.': 'am', 'p.m.': 'pm', am: 'am', pm: 'pm'}
}
