// German pseudonyms: common given names and family names, invented companies and towns.
import type {NameList} from './types.js'

export const de: NameList = {
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
  ]
}
