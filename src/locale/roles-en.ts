// English words for the people of a story (data only): roles at work, in shops, at school, in
// families and offices; person nouns; pronouns. A label that ends in one of them is a speaker.

/** Roles, singular (and a plural where a group speaks). */
export const roles: readonly string[] = [
  // Shops and service.
  'Customer', 'Customers', 'Client', 'Shopper', 'Buyer', 'Seller', 'Clerk', 'Cashier', 'Teller', 'Waiter',
  'Waitress', 'Bartender', 'Barista', 'Baker', 'Butcher', 'Pharmacist', 'Driver', 'Courier',
  'Delivery guy', 'Caller', 'Guest', 'Patron', 'Tourist', 'Regular', 'Patient', 'Tenant', 'Landlord',
  'Neighbor', 'Neighbour', 'Cook', 'Chef', 'Host', 'Hostess', 'Receptionist', 'Concierge', 'Vendor',
  // Work and offices.
  'Boss', 'Manager', 'Supervisor', 'Coworker', 'Co-worker', 'Colleague', 'Intern', 'Trainee', 'Apprentice',
  'Employee', 'Staff', 'Assistant', 'Secretary', 'Director', 'CEO', 'Owner', 'Lead', 'Team lead', 'Shift lead',
  'Shift manager', 'Store manager', 'Admin', 'Sysadmin', 'Administrator', 'Engineer', 'Developer', 'Dev',
  'Tech', 'Technician', 'Janitor', 'Guard', 'Security guard', 'Security', 'Officer', 'Cop', 'Doctor', 'Nurse',
  'Lawyer', 'Attorney', 'Solicitor', 'Paralegal', 'Judge', 'Agent', 'Rep', 'Coordinator', 'Contractor', 'Consultant', 'Plumber',
  'Electrician', 'Mechanic', 'Translator', 'Interpreter', 'Operator', 'Dispatcher', 'Support', 'IT',
  'New guy', 'New girl', 'New kid', 'New hire', 'Temp', 'Trainer', 'Coach', 'User',
  // School.
  'Teacher', 'Student', 'Pupil', 'Principal', 'Headmaster', 'Professor', 'Lecturer', 'TA', 'Tutor', 'Classmate',
  'Kid', 'Kids', 'Child', 'Children',
  // Families.
  'Mom', 'Mum', 'Mommy', 'Mummy', 'Mother', 'Dad', 'Daddy', 'Father', 'Parent', 'Parents', 'Grandma',
  'Grandpa', 'Granny', 'Grandmother', 'Grandfather', 'Aunt', 'Auntie', 'Uncle', 'Brother', 'Sister', 'Son',
  'Daughter', 'Cousin', 'Nephew', 'Niece', 'Husband', 'Wife', 'Boyfriend', 'Girlfriend', 'Partner', 'Baby',
  'Friend', 'Roommate', 'Flatmate'
]

/** Nouns for a person described rather than named (`Man in a very expensive suit`). */
export const persons: readonly string[] = [
  'Man', 'Woman', 'Guy', 'Lady', 'Gentleman', 'Girl', 'Boy', 'Kid', 'Child', 'Teen', 'Teenager', 'Person',
  'Dude', 'Fellow', 'Gal', 'Stranger', 'Someone', 'Voice', 'Old man', 'Old lady', 'Customer', 'Caller', 'Mom', 'Dad'
]

/** Pronouns that stand for a speaker in a dialogue (`She: Fine!`). */
export const pronouns: readonly string[] = ['He', 'She', 'They', 'We', 'Both', 'Everyone', 'Everybody', 'Someone', 'Somebody']

/** Articles, possessives and other words a role may follow (`The new guy`, `My coworker`). */
export const determiners: readonly string[] = [
  'the', 'a', 'an', 'my', 'your', 'his', 'her', 'our', 'their', 'this', 'that', 'some', 'another', 'other'
]

/** Words that start a relative clause: part of a long label, not a direction. */
export const relativePronouns: readonly string[] = ['who', 'whom', 'whose', 'which', 'that']

/** Labels of a list, a form or a field (`Problem:`, `Solution:`, `Step 1:`): never a speaker. */
export const fieldLabels: readonly string[] = [
  'Problem', 'Issue', 'Solution', 'Fix', 'Cause', 'Reason', 'Status', 'Result', 'Outcome', 'Goal', 'Plan',
  'Price', 'Cost', 'Total', 'Quantity', 'Duration', 'Location', 'Place', 'Time', 'Date', 'Priority', 'Step',
  'Part', 'Chapter', 'Round', 'Room', 'Day', 'Week', 'Point', 'Question', 'Topic', 'Subject', 'Ingredients',
  'Hours', 'Opening hours', 'Address', 'Phone', 'Tel.', 'Fax', 'Email', 'E-mail', 'Link', 'No.', 'Number',
  'Symptoms', 'Diagnosis', 'Tip', 'Warning', 'Important', 'Pros', 'Cons', 'Score', 'Ticket', 'Lesson',
  'Lesson learned', 'Verdict', 'Bottom line'
]

/** Labels of a gloss or a translation (`Translation:`, `In plain words:`): a note, not a speaker. */
export const glossLabels: readonly string[] = [
  'Translation', 'Translated', 'In plain words', 'In plain English', 'In other words', 'Meaning',
  'Subtext', 'What he meant', 'What she meant', 'What they meant', 'Roughly translated', 'I.e.'
]

/** Verbs of thought that introduce a quoted thought in narration (`I thought:`). */
export const thoughtVerbs: readonly string[] = ['thought', 'think', 'thinks', 'wondered', 'figured']
