import {determiners, fieldLabels, glossLabels, persons, pronouns, relativePronouns, roles, thoughtVerbs} from './roles-en.js'
import type {Locale} from './types.js'

export const en: Locale = {
  lang: 'en',
  weekdays: [['Monday', 'Mon'], ['Tuesday', 'Tue', 'Tues'], ['Wednesday', 'Wed'], ['Thursday', 'Thu', 'Thur', 'Thurs'], ['Friday', 'Fri'], ['Saturday', 'Sat'], ['Sunday', 'Sun']],
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
  commentNouns: ['comment', 'comments', 'response', 'responses', 'thought', 'thoughts', 'reply', 'replies'],
  replyNouns: ['response', 'responses', 'thought', 'thoughts', 'reply', 'replies'],
  titledNouns: ['thought', 'thoughts'],
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
    'my', 'me', 'he', 'she', 'they', 'this', 'just', 'do', "don't", 'can',
    // Words of dialogue, so that a story of a few lines is told too (not `by` and `at`: a blog's
    // English byline under a German story, `Posted by Anna at 10:31`).
    'your', "you're", "i'm", "it's", "can't", 'be', 'if', 'or', 'from', 'his', 'him', 'them',
    'were', 'had', 'did', 'been', 'get', 'got', 'here', 'there', 'where', 'who', 'why', 'when', 'then',
    'know', 'could', 'would', 'should', 'because', 'about', 'our', 'out', 'up', 'some', 'please',
    'good', 'morning'
  ],
  commentBylineVerbs: ['said', 'wrote', 'says', 'writes', 'commented'],
  dateTimeJoiners: ['at'],
  timeSuffixes: {'a.m.': 'am', 'p.m.': 'pm', am: 'am', pm: 'pm'},
  slugFoldings: {},
  genderColonEndings: [],
  names: {
    honorifics: {mr: 'male', 'mr.': 'male', mister: 'male', sir: 'male', mrs: 'female', 'mrs.': 'female', ms: 'female', 'ms.': 'female', miss: 'female', madam: 'female', dr: '', 'dr.': '', prof: '', 'prof.': ''},
    companyWords: ['company', 'firm', 'manufacturer'],
    legalForms: ['inc', 'inc.', 'ltd', 'ltd.', 'llc', 'corp', 'corp.', 'plc', 'co.'],
    townWords: ['town', 'city', 'village'],
    townWordLinks: ['of'],
    townPrepositions: {in: 1, near: 1},
    productWords: ['software', 'product', 'program', 'app'],
    nameParts: {
      town: ['city', 'town', 'village'],
      company: [
        'company', 'service', 'shop', 'store', 'agency', 'vendor', 'supplier', 'dealer', 'bank', 'insurance',
        'provider', 'corp', 'restaurant', 'hotel', 'bakery', 'pharmacy', 'garage'
      ],
      institution: ['school', 'college', 'university', 'hospital', 'clinic'],
      product: ['product', 'software', 'program', 'app', 'tool']
    },
    placeParts: ['place'],
    femaleHeads: ['lady', 'woman', 'mom', 'mum', 'mother', 'sister', 'daughter', 'wife', 'girl', 'aunt', 'grandma', 'queen', 'girlfriend'],
    maleHeads: ['man', 'guy', 'father', 'dad', 'brother', 'son', 'husband', 'boy', 'uncle', 'grandpa', 'king', 'boyfriend'],
    neutralHeads: ['person', 'mason', 'human', 'shaman'],
    phraseLinks: ['with', 'without', 'from', 'of', 'in', 'at', 'on', 'by', 'for', 'next', 'near', 'behind', 'under', 'who', 'that'],
    genericLabels: {person: 'Person', surname: 'Person', company: 'Company', town: 'Place', product: 'Product', institution: 'Institution'}
  },
  pseudonyms: {
    female: [
      'Alice', 'Beth', 'Claire', 'Diane', 'Emma', 'Fiona', 'Grace', 'Helen', 'Irene', 'Julia', 'Karen',
      'Laura', 'Megan', 'Nora', 'Olivia', 'Paula', 'Rachel', 'Sarah', 'Tina', 'Vicky', 'Wendy', 'Amy',
      'Brenda', 'Carol', 'Donna', 'Ellen', 'Gail', 'Holly', 'Jane', 'Kate', 'Linda', 'Mary', 'Nancy',
      'Pam', 'Rose', 'Susan', 'Tracy', 'Joan'
    ],
    male: [
      'Adam', 'Brian', 'Colin', 'David', 'Eric', 'Frank', 'Gary', 'Henry', 'Ian', 'Jack', 'Keith',
      'Larry', 'Mark', 'Neil', 'Oscar', 'Paul', 'Roger', 'Steve', 'Tom', 'Victor', 'Walter', 'Alan',
      'Bill', 'Craig', 'Dennis', 'Ed', 'Fred', 'Greg', 'Howard', 'Jim', 'Kevin', 'Luke', 'Mike', 'Nick',
      'Pete', 'Ray', 'Sam', 'Tony'
    ],
    surnames: [
      'Adams', 'Baker', 'Carter', 'Dawson', 'Ellis', 'Fisher', 'Grant', 'Harper', 'Irwin', 'Jennings',
      'Kemp', 'Lawson', 'Mitchell', 'Norris', 'Owens', 'Palmer', 'Quinn', 'Reed', 'Sutton', 'Turner',
      'Underwood', 'Vaughan', 'Walsh', 'Young', 'Barker', 'Cole', 'Doyle', 'Fletcher', 'Gibson',
      'Hayes', 'Hughes', 'Knight', 'Lambert', 'Morgan', 'Nash', 'Parker', 'Russell', 'Shaw', 'Tucker',
      'Webb', 'Wells', 'Bishop', 'Chapman', 'Foster', 'Holt', 'Marsh', 'Porter', 'Stone'
    ],
    companyStems: [
      'Northgate', 'Brightwell', 'Ashcombe', 'Redfern', 'Kestrel', 'Silverline', 'Oakridge', 'Bluewater',
      'Hartley', 'Pinecrest', 'Ironbridge', 'Westbury', 'Fairhaven', 'Copperfield', 'Greystone', 'Lakeside',
      'Maplewood', 'Stonebridge', 'Thornbury', 'Windmere'
    ],
    companyEndings: [' Ltd', ' Inc.', ' Group', ' Solutions', ' Systems', ' & Co.', ' Services'],
    townStems: [
      'Ash', 'Bright', 'Elm', 'Marsh', 'Oak', 'Ridge', 'Stone', 'Thorn', 'Wil', 'Hol', 'Brook', 'Fern',
      'Hazel', 'Kings', 'Mill', 'Sand', 'Wes', 'Lang', 'Bram', 'Caster'
    ],
    townEndings: ['ford', 'ton', 'bury', 'field', 'wick', 'by', 'ham', 'well', 'stead', 'combe', 'more', 'dale'],
    products: [
      'Tabula', 'Nexio', 'Quillon', 'Verdanto', 'Orbix', 'Kalmar', 'Lumeo', 'Fenrix', 'Astrion', 'Zelto',
      'Mirabo', 'Pexon', 'Solvaro', 'Trivium', 'Carvex', 'Domilo'
    ],
    institutionNounFirst: false
  },
  // Roles, persons, pronouns, fields, glosses, thought verbs: roles-en.ts (by name: a spread module
  // namespace would cost the browser bundle its getters), in the order a spread gave them.
  determiners, fieldLabels, glossLabels, persons, pronouns, relativePronouns, roles, thoughtVerbs,
  replyPrefixes: ['Re', 'Fwd', 'Fw'],
  leadIns: [
    'Long story short', 'To make a long story short', 'Anyway', 'Anyways', 'In short', 'In the end', 'In the meantime',
    'Meanwhile', 'Moral of the story', 'The moral of the story', 'Fun fact', 'Plot twist', 'Side note', 'Sidenote',
    'Spoiler', 'Spoiler alert', 'Needless to say', 'Turns out', 'Later', 'Afterwards'
  ],
  metaPhrases: ['Posted on', 'Posted in', 'Published on', 'Published', 'Filed under', 'Written on', 'Posted'],
  shareLines: ['Email This', 'BlogThis!', 'Share to Twitter', 'Share to X', 'Share to Facebook', 'Share to Pinterest', 'Share this:', 'Like this:', 'Like Loading...', 'Related'],
  bylineWords: ['by'],
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  commentCountLeads: [],
  commentTitleWords: ['to', 'on'],
  commentDateWords: ['on', 'at']
}
