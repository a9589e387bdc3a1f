/**
 * The fields a contacts import fills, with the column names HubSpot, Salesforce, Pipedrive and
 * Zoho give them in their contact and company exports (and common Russian, Finnish and Georgian
 * ones, for hand-made spreadsheets). Aliases are normalised (mapping.ts normaliseHeader).
 */
import { normaliseHeader, type TargetField } from './mapping';

export const contactFieldKeys = ['fullName', 'firstName', 'lastName', 'email', 'phone', 'title', 'company', 'website'] as const;
export type ContactFieldKey = (typeof contactFieldKeys)[number];

const n = (names: string[]) => names.map(normaliseHeader);

export const contactFields: readonly TargetField<ContactFieldKey>[] = [
  {
    key: 'fullName',
    multiple: false,
    // "Name" alone: Pipedrive's people export, Google and Outlook CSVs; vCard FN.
    aliases: n([
      'Full Name',
      'Name',
      'Contact Name',
      'Contact',
      'Person - Name',
      'Person Name',
      'FN',
      'ФИО',
      'Имя и фамилия',
      'Nimi',
      'სახელი და გვარი',
    ]),
  },
  {
    key: 'firstName',
    multiple: false,
    aliases: n(['First Name', 'Given Name', 'Firstname', 'Person - First name', 'N (given)', 'Имя', 'Etunimi', 'სახელი']),
  },
  {
    key: 'lastName',
    multiple: false,
    aliases: n([
      'Last Name',
      'Family Name',
      'Surname',
      'Lastname',
      'Person - Last name',
      'N (family)',
      'Фамилия',
      'Sukunimi',
      'გვარი',
    ]),
  },
  {
    key: 'email',
    multiple: true,
    aliases: n([
      'Email',
      'E-mail',
      'Email Address',
      'E-mail Address',
      'Work Email',
      'Secondary Email',
      'Email 2',
      'Email 3',
      'Additional email addresses',
      'Person - Email',
      'Эл. почта',
      'Электронная почта',
      'Почта',
      'Sähköposti',
      'ელფოსტა',
    ]),
    // Pipedrive: "Person - Email - Work", "Person - Email - Home". No bare "Email" prefix:
    // Salesforce exports "Email Opt Out" and "Email Bounced Reason" next to "Email".
    prefixes: n(['Person - Email']),
  },
  {
    key: 'phone',
    multiple: true,
    aliases: n([
      'Phone',
      'Phone Number',
      'Mobile',
      'Mobile Phone',
      'Mobile Phone Number',
      'Business Phone',
      'Work Phone',
      'TEL',
      'Person - Phone',
      'Телефон',
      'Мобильный',
      'Puhelin',
      'ტელეფონი',
    ]),
    prefixes: n(['Person - Phone']),
  },
  {
    key: 'title',
    multiple: false,
    aliases: n([
      'Title',
      'Job Title',
      'Position',
      'Job Position',
      'Person - Job title',
      'TITLE',
      'Должность',
      'Titteli',
      'Tehtävänimike',
      'თანამდებობა',
    ]),
  },
  {
    key: 'company',
    multiple: false,
    // Salesforce and Zoho say "Account Name"; HubSpot "Company Name"; Pipedrive "Organization - Name".
    aliases: n([
      'Company',
      'Company Name',
      'Account Name',
      'Account',
      'Organization',
      'Organisation',
      'Organization - Name',
      'Person - Organization',
      'Associated Company',
      'ORG',
      'Компания',
      'Организация',
      'Yritys',
      'კომპანია',
    ]),
  },
  {
    key: 'website',
    multiple: false,
    aliases: n([
      'Website',
      'Website URL',
      'Web Site',
      'Company Domain Name',
      'Domain',
      'Organization - Website',
      'URL',
      'Сайт',
      'Веб-сайт',
      'Verkkosivu',
      'ვებგვერდი',
    ]),
  },
];
