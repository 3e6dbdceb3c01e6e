// English pseudonyms: common given names and family names, invented companies and towns.
import type {NameList} from './types.js'

export const en: NameList = {
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
  ]
}
