/**
 * Given names, with the gender they usually signal, for the news extractor: to recognise that a
 * capitalised word is a person's first name ("... said Oksana Hrytsenko"), and to pick the likely
 * antecedent of "he" / "she". 'u' means the name is commonly given to both men and women (Alex,
 * Andrea, Jean, Kim), so it says nothing about pronouns.
 *
 * How it was compiled: written by hand from general knowledge of common given names as they appear
 * in English-language news (what national name-frequency lists of many countries hold, in the usual
 * Latin transliterations: Oleksandr / Aleksandr / Alexander). Not derived from any evaluation data
 * and not copied from any published list. Only the frequent names of each culture are here (about
 * 2,300); a name missing from the table is not evidence that a word is not a name.
 *
 * A name that one culture gives to boys and another to girls (Daniele / Danièle, Michał / Michal)
 * may sit in both gender lists: the table computes 'u' for it rather than trusting the lists to be
 * disjoint.
 *
 * Keys are folded: NFKD, combining marks removed, lower case, plus the few Latin letters that NFKD
 * does not decompose (ł ø đ ð ı ß æ œ þ). So "José", "Jose" and "JOSE" are one key, and each list
 * writes only one spelling of a name. Hyphenated given names (Jean-Pierre, Ji-hoon) are one key.
 *
 * Exclusion rule. A name is left out of GIVEN_NAMES, and put in AMBIGUOUS_GIVEN_NAMES (weak
 * evidence only), when written capitalised it is often something other than a first name in news:
 *  1. a common English word that opens sentences or title-case headlines on its own: modals and
 *     verbs (Will, Grant, Drew, Sue), adjectives (Frank, Rich, Sunny, Precious), abstract or mass
 *     nouns used without an article (Hope, Faith, Grace, Joy, Victory), short nouns used bare
 *     (Bill, Art, Ray, Guy, Chip), months, seasons and days (April, May, June, August, Summer,
 *     Sunday, Jan). Everyday countable nouns that need an article (mark, jack, cliff, bob) rarely
 *     stand capitalised alone, so Mark, Jack, Cliff and Bob stay;
 *  2. part of a frequent fixed proper noun, title, people or brand (Christian, Roman, Marine,
 *     Prince, Duke, Christmas Eve, Ivy League, Amber Alert, Hong Kong, Tel Aviv, Ming dynasty,
 *     El Niño, Abraham Accords, Oscar, Mercedes, Wagner, Zara), or a news agency (Wafa, Petra);
 *  3. a country, US or Australian state, Canadian province, river, or a city or region commonly
 *     named alone in international news: national capitals, cities of about a million or more,
 *     famous ones (Jordan, Georgia, Virginia, Victoria, Paris, Sydney, Florence, Sofia, Milan,
 *     Santiago, Shannon). A separate gazetteer handles places; a small town or minor capital that
 *     shares a name (Vladimir, Eugene, Pierre, Lourdes) does not count;
 *  4. two letters long (Al, Ed, Jo), except the East Asian given names Li, Yu and Yi;
 *  5. a frequent word of another language seen in English news (Can, Per, Till, Said, Jihad, Yen).
 * Names that are also common surnames (Taylor, Carter, Lee, Kim) stay: they still mark a person.
 */

export type GivenNameGender = 'm' | 'f' | 'u';

/** Split a whitespace-separated block of names. */
const words = (block: string): readonly string[] => block.split(/\s+/).filter((w) => w.length > 0);

const MALE: readonly string[] = [
  // English-speaking countries, with common short forms.
  ...words(`
    James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
    Anthony Mark Donald Steven Stephen Paul Andrew Joshua Kenneth Kevin Brian Bryan George Timothy
    Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Larry Justin Scott Brandon
    Benjamin Samuel Gregory Alexander Patrick Raymond Jack Dennis Jerry Tyler Aaron Adam Nathan Henry
    Zachary Douglas Peter Kyle Noah Ethan Jeremy Walter Keith Roger Sean Gerald Carl Harold Dylan Arthur
    Lawrence Jesse Billy Bruce Joe Logan Alan Albert Elijah Wayne Randy Vincent Mason Roy Ralph Bobby
    Russell Bradley Philip Phillip Eugene Louis Harry Howard Fred Leonard Martin Craig Todd Shawn Barry
    Neil Ian Colin Graham Gordon Nigel Clive Alistair Angus Callum Liam Connor Conor Declan Rory Owen
    Rhys Gareth Evan Keir Rishi Tony Ted Tom Tim Jim Jimmy Mike Mick Mitch Nick Phil Archie Oliver
    Harvey Steve Andy Danny Dave Eddie Greg Jake Jeff Jon Ken Matt Pete Rick Ron Toby Bernie Chuck Doug
    Barack Jared Elon Warren Cory Julian Bob Bernard Rupert Hugh Luke Gavin Malcolm Duncan Stuart
    Stewart Niall Ciarán Eoin Seamus Ronan Kieran Brendan Travis Trevor Derek Darren Ross Spencer
    Stanley Victor Wesley Desmond Elliot Francis Jerome Lewis Lionel Simon Theodore Winston Carter
    Dominic Eli Ezra Gabriel Isaac Joel Levi Lucas Sebastian Theo Xavier Shane Troy Brad Kurt Seth Jamal
    Tyrone Andre Ben Moses Cliff Glenn Felix
  `),
  // Spanish, Portuguese, Catalan, Basque, Latin American.
  ...words(`
    José Juan Luis Carlos Jorge Manuel Antonio Francisco Pedro Miguel Javier Alejandro Fernando Rafael
    Sergio Pablo Diego Andrés Ricardo Roberto Eduardo Alberto Raúl Rubén Enrique Ramón Vicente Joaquín
    Julio Jesús Gonzalo Íñigo Ignacio Pepe Paco Mateo Hugo Álvaro Adrián Mario Marcos Tomás Emilio
    Felipe Gustavo Guillermo Héctor Hernán Jaime Mauricio Néstor Octavio Omar Rodrigo Alfonso Arturo
    César Cristian Federico Fidel Moisés Evo Lula Jair João Paulo Luiz Tiago Thiago Matheus Vinícius
    Ronaldo Neymar Nuno Rui Duarte Gonçalo Afonso Vasco Henrique Joaquim Diogo Filipe Jordi Josep Mikel
  `),
  // French.
  ...words(`
    Pierre Jacques Michel François Philippe Nicolas Emmanuel Laurent Olivier Thierry Christophe Stéphane
    Sébastien Julien Guillaume Antoine Benoît Bruno Cédric Didier Fabien Frédéric Gérard Gilles Hervé
    Mathieu Matthieu Maxime Pascal Raphaël Rémi Romain Yves Alain Arnaud Bertrand Édouard Émile Étienne
    Jean-Pierre Jean-Claude Jean-Luc Jean-Marie Jean-Paul Jean-Michel Jean-Louis Jean-Baptiste Jean-Marc
    Jean-Yves Jean-François Jean-Jacques Jules Loïc Marcel Noël René Serge Clément Baptiste Quentin
    Alexandre Damien Florian Yanis Marc
  `),
  // Italian.
  ...words(`
    Giuseppe Giovanni Luigi Francesco Alessandro Marco Matteo Luca Paolo Pietro Stefano Giorgio Silvio
    Enrico Fabio Massimo Maurizio Claudio Carlo Davide Domenico Emanuele Filippo Franco Gianluca Gianni
    Giacomo Giancarlo Giulio Guido Pasquale Raffaele Riccardo Salvatore Tommaso Umberto Vincenzo
    Vittorio Daniele Edoardo Mattia Romano Dario Mauro Cesare Marcello Angelo Leonardo Lorenzo
  `),
  // German, Dutch, Scandinavian, Finnish, Icelandic, Baltic.
  ...words(`
    Hans Jürgen Klaus Wolfgang Helmut Gerhard Günter Günther Dieter Horst Manfred Uwe Jörg Ralf Rolf
    Markus Marcus Matthias Stefan Steffen Thorsten Torsten Lukas Maximilian Moritz Niklas Olaf Friedrich
    Heinrich Heinz Karl Werner Wilhelm Hermann Otto Ernst Joachim Jens Kai Lars Sven Christoph Andreas
    Ludwig Nils Philipp Ulrich Volker Hendrik Pieter Willem Johannes Wopke Sander Bart Jeroen Maarten
    Henk Anders Erik Olof Jonas Magnus Henrik Fredrik Gustav Johan Mats Ulf Björn Gunnar Leif Mikael
    Oskar Rasmus Søren Morten Jørgen Matti Juha Mikko Jukka Antti Timo Pekka Sauli Heikki Sigurður
    Bjarni Gitanas Vytautas Jānis Krišjānis Edgars Kārlis Toomas Kristjan Haakon Harald Einar Arne Terje
    Karl-Heinz Hans-Peter Hans-Jürgen Franz Josef Anton Jakob Ole
  `),
  // Slavic (Russian, Ukrainian, Belarusian, Polish, Czech, Slovak, South Slavic), Bulgarian,
  // Romanian, Hungarian.
  ...words(`
    Aleksandr Oleksandr Aleksander Aleksandar Alexei Aleksei Alexey Oleksiy Oleksii Andrei Andrey Andriy
    Andrii Andrzej Anatoly Anatoliy Artem Artyom Artur Boris Bohdan Bogdan Denis Denys Dmitry Dmitri
    Dmitriy Dmytro Evgeny Yevgeny Yevhen Fyodor Gennady Georgy Grigory Igor Ihor Ilya Illia Ivan Kirill
    Kyrylo Konstantin Kostiantyn Leonid Maxim Maksim Maksym Mikhail Mykhailo Nikolai Nikolay Mykola Oleg
    Oleh Pavel Pavlo Pyotr Petro Ruslan Sergei Sergey Serhiy Serhii Stanislav Taras Vadim Vadym Valery
    Valeriy Vasily Vasyl Viktor Vitaly Vitaliy Vitalii Vladimir Volodymyr Vladislav Vyacheslav Yaroslav
    Yuri Yuriy Yury Yurii Arseniy Petr Timur Eduard Gleb Alyaksandr Bartosz Grzegorz Jakub Janusz
    Jarosław Jerzy Kamil Krzysztof Łukasz Maciej Marcin Marek Mateusz Michał Paweł Piotr Radosław Rafał
    Sławomir Stanisław Szymon Tadeusz Tomasz Wojciech Zbigniew Mirosław Kazimierz Lech Władysław Dariusz
    Ryszard Henryk Józef Mariusz Jiří Václav Miroslav Zdeněk Jaroslav Ondřej Vojtěch Karel Andrej Matej
    Juraj Miloš Novak Dragan Zoran Goran Dejan Marko Luka Ivo Slobodan Georgi Dimitar Ion Ioan Mihai
    Vasile Gheorghe Nicolae Florin Dan Sorin Radu Răzvan Alexandru László István József János Zoltán
    Ferenc Sándor Gábor Attila Tamás Zsolt Csaba Balázs Gergely Imre Lajos Miklós Tibor
  `),
  // Greek.
  ...words(`
    Georgios Giorgos Konstantinos Kostas Dimitris Dimitrios Nikos Nikolaos Ioannis Giannis Yannis
    Panagiotis Christos Vasilis Athanasios Stavros Spyros Evangelos Kyriakos Petros Stelios Theodoros
    Pavlos Alexandros Costas Angelos
  `),
  // Turkish, Arabic, Persian, Kurdish, Caucasian, Central Asian.
  ...words(`
    Mehmet Mustafa Ahmet Murat Emre Burak Cem Kemal Recep Tayyip Ekrem Hakan Serkan Volkan Onur Orhan
    Osman Yusuf Hasan Hüseyin Halil Erdem Eren Arda Kaan Barış Levent Fatih Kerem Uğur Yasin Bülent
    Süleyman Abdullah Mohammed Mohammad Mohamed Muhammad Mohamad Muhammed Ahmed Ahmad Mahmoud Mahmud
    Mahmood Moustafa Mostafa Ali Hassan Hussein Hossein Hussain Khalid Khaled Walid Waleed Youssef
    Yousef Ibrahim Ismail Abdallah Abdulaziz Abdel Abdul Salim Saleh Samir Tariq Tarek Yasser Ziad Nabil
    Nasser Osama Qasem Rami Riad Saad Saif Talal Wael Yahya Zakaria Zayed Hamad Khalifa Faisal Fahd
    Fahad Majed Majid Marwan Mansour Mounir Nayef Rashid Rachid Saeed Fouad Ghassan Hani Hisham Imad
    Karim Kamal Mahdi Mehdi Sherif Bashar Anas Ayman Bilal Hamza Zaid Adel Amr Amin Anwar Ashraf Habib
    Hamid Moussa Musa Reda Aziz Reza Alireza Javad Farhad Dariush Kourosh Babak Masoud Mohsen Morteza
    Mojtaba Ebrahim Abbas Ehsan Kamran Kaveh Mehran Milad Navid Ramin Vahid Arash Amir Hadi Masrour
    Nechirvan Barzan Nursultan Kassym-Jomart Rustam Shavkat Ilham Heydar Nikol Armen Tigran Levon Giorgi
    Levan Irakli Mikheil Bidzina
  `),
  // South Asian.
  ...words(`
     Rajesh Ramesh Suresh Mahesh Dinesh Ganesh Rakesh Mukesh Rajiv Sanjay Vijay Ajay Anil Sunil Arun
     Ashok Vikram Rahul Rohit Ravi Sachin Sandeep Deepak Manoj Pradeep Vinod Ashish Nitin Narendra
     Amitabh Akshay Arjun Aditya Abhishek Vivek Karan Nikhil Varun Gaurav Siddharth Krishna Gopal Hari
     Prakash Mohan Rahim Imran Nawaz Shahbaz Asif Usman Zulfikar Zia Shoaib Wasim Junaid Adnan Arif Asad
     Zain Umar Shahid Javed Pervez Iqbal Aamir Salman Nadeem Irfan Rajnath Manmohan Virat Rohan Aarav
     Kabir Arvind Gautam Prashant Sameer Shashi Amarinder Ranil Mahinda Gotabaya Mujibur
  `),
  // East and South-East Asian, in the usual romanisation.
  ...words(`
    Hao Jian Qiang Tao Peng Yong Xiaoming Jianguo Jianhua Zhiqiang Hiroshi Takashi Akira Kenji Haruki
    Shinzo Taro Ichiro Kenta Hiro Yoshihide Fumio Shigeru Naoki Kazuo Satoshi Koji Makoto Kenichi
    Takeshi Yusuke Daisuke Shota Hideo Hideki Yukio Masahiro Tatsuya Yuji Shohei Ji-hoon Min-jun
    Young-ho Sung-min Jae-hyun Jong-un Jae-myung Suk-yeol Jae-in Tuan Duc Quang Huy Trung Nam Thang
    Somchai Somsak Prayut Thaksin Srettha Anutin Joko Budi Agus Bambang Prabowo Najib Mahathir Ferdinand
    Bongbong Benigno
  `),
  // African.
  ...words(`
    Juma Baraka Jabari Kamau Njoroge Otieno Odhiambo Ochieng Omondi Uhuru Raila Eliud Olumide Adebayo
    Adewale Babatunde Olusegun Femi Tunde Segun Kunle Gbenga Chinedu Chukwuemeka Emeka Chidi Obinna
    Nnamdi Ikenna Ifeanyi Goodluck Godwin Abubakar Aminu Bello Sani Lawal Garba Umaru Aliyu Yakubu Shehu
    Nasir Bashir Atiku Muhammadu Kwame Kofi Kwabena Kwaku Yaw Kojo Kwesi Kwasi Abiy Haile Tesfaye
    Getachew Alemayehu Tadesse Dawit Yohannes Girma Bekele Tewodros Meles Abdi Abdirahman Abdullahi
    Mohamud Sipho Thabo Themba Bongani Sibusiso Mandla Jabulani Thulani Siyabonga Sizwe Vusi Julius
    Nelson Jomo Mamadou Ousmane Amadou Cheikh Abdoulaye Ibrahima Boubacar Lamine Salif Issa Alassane
    Macky Emmerson Yoweri
  `),
  // Hebrew.
  ...words(`
    Moshe Yosef Avraham Yitzhak Yaakov Shlomo Binyamin Benny Yair Naftali Ehud Avi Eitan Itamar Yonatan
    Noam Yossi Nir Uri Yuval Gadi Gilad Nadav Yehuda Menachem Shimon Meir Dov Aryeh Amos Chaim Yoav
  `),
];

const FEMALE: readonly string[] = [
  // English-speaking countries, with common short forms.
  ...words(`
    Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret
    Sandra Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon
    Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine
    Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Lauren
    Christina Joan Evelyn Judith Megan Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Frances
    Kathryn Janice Abigail Alice Judy Sophia Denise Doris Marilyn Danielle Beverly Isabella Theresa
    Diana Natalie Brittany Marie Kayla Lori Ava Mia Amelia Ella Scarlett Chloe Lily Zoe Nora Layla
    Penelope Ellie Hazel Stella Violet Isla Claire Lucy Eleanor Naomi Agnes Beatrice Carla Carmen Edith
    Ellen Erin Esther Fiona Harriet Ingrid Irene Jane Jenny Jill Joanna Joanne Josephine Julia Juliet
    Kate Katie Kathy Kirsty Kristen Leah Louise Madeleine Maggie Meghan Melanie Miranda Molly Monica
    Natasha Paige Rita Sally Sophie Stacey Sylvia Tamara Tina Valerie Vanessa Vera Veronica Wendy Liz
    Beth Gemma Jade Siobhán Niamh Aoife Orla Saoirse Ciara Sinéad Róisín Aisling Caitlin Maeve Deirdre
    Mairéad Rhiannon Siân Nia Keisha Latoya Aaliyah Jasmine Breonna Kamala Hillary Ivanka Melania Nikki
    Kirsten Holly Iris Daisy Luna Serena Alison Allison Alyssa Anne Annie Audrey Brooke Caroline Cecilia
    Clara Clare Eva Gina Greta Isabel Isabelle Jenna Lara Lena Marianne Nadia Rosa Sabrina Sonia Winnie
    Yolanda Gabrielle
  `),
  // Spanish, Portuguese, Catalan, Basque, Latin American, Filipino.
  ...words(`
    Ana Lucía Marta Elena Paula Cristina Pilar Consuelo Nuria Raquel Silvia Beatriz Rocío Alicia
    Gabriela Valentina Camila Daniela Valeria Natalia Mariana Fernanda Adriana Alejandra Claudia Marisol
    Guadalupe Lupe Esperanza Soledad Milagros Luz Ximena Jimena Paola Juana Josefina Catalina Florencia
    Agustina Antonella Martina Renata Susana Inés Nerea Ainhoa Amaia Begoña Marina Lidia Elvira Amparo
    Graciela Evita Rigoberta Joana Leonor Francisca Luísa Juliana Larissa Letícia Bruna Gisele Aline
    Tatiana Conceição Graça Marielle Dilma Imelda Corazón Lourdes Maribel Marcela Elisa Eugenia
    Magdalena Manuela Regina Lorena
  `),
  // French.
  ...words(`
    Nathalie Sylvie Sandrine Véronique Brigitte Ségolène Martine Monique Françoise Chantal Élisabeth
    Hélène Céline Aurélie Manon Clémence Margaux Élodie Émilie Amélie Anaïs Cécile Colette Delphine
    Estelle Fabienne Geneviève Laetitia Laure Lucie Mathilde Michèle Mireille Noémie Odile Rachida
    Sabine Virginie Jeanne Océane Élise Emmanuelle Pascale Danièle Christiane Ariane Anne-Marie
    Marie-Claire Marie-Laure Marie-France Marie-Christine Marie-Hélène Anne-Sophie Léonie Thérèse Agathe
    Coralie Nolwenn
  `),
  // Italian.
  ...words(`
    Giulia Francesca Chiara Alessandra Federica Stefania Raffaella Ilaria Letizia Ornella Patrizia
    Tiziana Vittoria Benedetta Camilla Caterina Donatella Emanuela Ginevra Giovanna Nicoletta Rossella
    Gabriella Elisabetta Loredana Giorgia Annalisa Arianna Carlotta Cinzia Lucrezia Marcella Noemi
    Carmela Concetta Grazia
  `),
  // German, Dutch, Scandinavian, Finnish, Icelandic, Baltic.
  ...words(`
    Annalena Ulrike Birgit Heike Anke Susanne Katrin Kerstin Monika Renate Helga Annegret Franziska
    Johanna Frauke Svenja Saskia Jana Silke Elke Karin Hildegard Friederike Britta Femke Sanne Fleur
    Anouk Marieke Annemarie Lotte Ilse Mette Astrid Birgitta Ulla Annika Malin Ebba Frida Linnea Helle
    Pia Lene Hanne Signe Solveig Gro Erna Tove Liv Maja Ida Marit Ingeborg Sanna Tarja Päivi Minna
    Riitta Hanna Elina Katja Guðrún Kaja Kersti Kristina Katarina Annette Bettina Heidi Lea
  `),
  // Slavic, Bulgarian, Romanian, Hungarian, Greek, Caucasian.
  ...words(`
    Olga Tatyana Tetiana Natalya Nataliya Nataliia Yelena Olena Irina Iryna Svetlana Svitlana Anastasia
    Ekaterina Yekaterina Kateryna Yulia Yuliya Yuliia Oksana Lyudmila Liudmyla Ludmila Galina Halyna
    Nadezhda Larisa Larysa Lyubov Masha Dasha Daria Darya Alina Polina Ksenia Kseniya Sofiya Alla Zoya
    Inna Lilia Raisa Valeriya Veronika Viktoria Viktoriya Yana Zinaida Evgenia Yevgenia Alisa Ilona
    Karina Kira Margarita Oleksandra Yaroslava Mariya Valentyna Agnieszka Beata Dorota Elżbieta Ewa
    Grażyna Halina Irena Iwona Jadwiga Justyna Kamila Katarzyna Krystyna Małgorzata Paulina Urszula
    Weronika Zofia Aleksandra Agata Alicja Zuzanna Lenka Kateřina Markéta Tereza Michaela Barbora Zuzana
    Klára Alena Jitka Dagmar Eliška Jelena Milica Marija Dragana Snežana Gordana Vesna Jasmina Nataša
    Sanja Kolinda Desislava Simona Ioana Andreea Mihaela Raluca Roxana Katalin Zsuzsanna Erzsébet Ildikó
    Judit Eszter Zsófia Krisztina Eleni Dimitra Ioanna Vasiliki Despina Eirini Angeliki Theodora Fotini
    Niki Dora Melina Anahit Salome
  `),
  // Turkish, Arabic, Persian, Somali, Central Asian.
  ...words(`
    Zeynep Elif Ayşe Emine Hatice Merve Esra Büşra Özlem Gül Aylin Selin Ebru Derya Canan Gizem Pınar
    Meral Tansu Hülya Fatma Fatima Fatemeh Aisha Aicha Ayesha Khadija Maryam Mariam Zainab Zeinab Zahra
    Leila Laila Leyla Noura Hana Huda Hoda Rania Reem Salma Salwa Samira Samar Suad Suha Yasmin Yasmine
    Jamila Djamila Karima Latifa Lamia Mona Nada Naima Najat Najla Nawal Nisreen Rasha Sahar Dina Ghada
    Heba Hiba Lubna Maha Manal Marwa Randa Yara Zeina Amira Amina Asma Basma Bushra Farida Halima Hanan
    Rima Parisa Shirin Narges Neda Mahsa Nasrin Azadeh Roya Golnaz Nazanin Sepideh Soraya Hodan Ilhan
    Hawa Gulnara Aigerim Dinara Madina Malika Mehriban
  `),
  // South Asian.
  ...words(`
    Sunita Anita Priya Pooja Puja Neha Anjali Deepika Kavita Geeta Gita Lakshmi Sita Radha Rekha Asha
    Usha Meera Mira Nisha Divya Shreya Aishwarya Priyanka Indira Smriti Nirmala Mamata Jaya Mayawati
    Sushma Preeti Swati Sneha Anushka Ananya Aditi Nandini Pallavi Parvati Durga Archana Aarti Madhuri
    Lata Poonam Benazir Sadia Nasreen Shabnam Hasina Khaleda Malala Hina Saima Shazia Rehana Nusrat
    Sharmila Chandrika Isha Jyoti Shanti
  `),
  // East and South-East Asian.
  ...words(`
    Ying Mei Lan Fang Ling Xiaohong Haiyan Xiaoyan Xiaoli Lihua Meiling Xiuying Yuko Yoko Keiko Akiko
    Emi Yumi Mai Sakura Aiko Mariko Noriko Tomoko Yukiko Megumi Ayumi Misaki Yui Haruka Sanae Yuriko
    Naoko Masako Hiroko Kyoko Michiko Seo-yeon Ha-eun Min-seo Ji-yeon Hye-jin Soo-jin Geun-hye Kyung-hee
    Huong Hoa Thao Trang Ngoc Phuong Thu Thuy Somying Malee Yingluck Paetongtarn Siti Dewi Putri Ayu
    Sari Fitri Nurul Megawati Puan Leni
  `),
  // African.
  ...words(`
    Neema Zawadi Rehema Wanjiku Wambui Njeri Wairimu Muthoni Akinyi Achieng Atieno Chebet Folake
    Funmilayo Funmi Yetunde Titilayo Bisi Bukola Kemi Ronke Sade Adaeze Chiamaka Ngozi Adaobi Nkechi
    Chioma Amaka Ifeoma Chinwe Nneka Chimamanda Hauwa Binta Hadiza Akua Ama Efua Abena Akosua Adwoa Afua
    Yaa Esi Selam Meseret Tigist Hiwot Almaz Genet Rahel Saba Meaza Thandeka Nomvula Nomsa Zanele
    Lindiwe Thandiwe Nandi Nokuthula Palesa Lerato Phumzile Nkosazana Rudo Chipo Tsitsi Fatou Aminata
    Awa Mariama Aïssatou Kadiatou Oumou Wangari Samia Leymah Funke
  `),
  // Hebrew.
  ...words(`
    Noa Tamar Shira Yael Ayelet Tzipi Orly Limor Dafna Hila Liat Efrat Orna Rivka Chaya Hadas Ronit
    Sigal Merav Keren Michal Golda Anat Miri
  `),
];

const UNISEX: readonly string[] = words(`
  Alex Sam Sammy Taylor Morgan Casey Jamie Riley Avery Quinn Cameron Dana Kelly Kerry Leslie Robin Terry
  Tracy Chris Charlie Frankie Billie Jackie Jean Sasha Nikita Misha Andrea Simone Gabriele Nicola Nikola
  Kim Lee Leigh Ashley Jody Kris Shay Reese Rowan Skyler Peyton Emerson Finley Hayden Ellis Blake
  Lindsay Lindsey Marion Dominique Camille Sacha Ariel Eden Shai Tal Gal Lior Roni Shahar Omer Amit Yuki
  Hikaru Kaoru Ren Aoi Hinata Min Hyun Ji-woo Ji-min Wei Li Yan Hua Jing Lei Xin Yu Yi Chun Feng Yun Jie
  Ning Zhen Lin Minh Anh Linh Thanh Khanh Tam Tien Xuan Bao Dian Nur Noor Nour Iman Shadi Farah Deniz
  Umut Kiran Suman Harpreet Manpreet Gurpreet Jaspreet Simran Amandeep Harjit Kuldeep Jagmeet Amani
  Imani Oluwaseun Ayodele Ayo Bola Kehinde Taiwo Idowu Abiodun Temitope Tope Tolu Tobi Damilola Yemi
  Uche Kelechi Chika Nana Adama Karabo Lesedi Mpho Neo Zola Andile Ayanda Tendai Farai Tatenda Tinashe
  Nyasha Angel Harper Parker Courtney Stevie Lou Kit Janne Kari Shiva Rin Sai Lilian Gigi Ayaan Alexis
`);

/**
 * Given names that are too often something else when capitalised (see the exclusion rule above):
 * evidence of a person only together with other cues, such as a following capitalised surname.
 */
const AMBIGUOUS_MALE: readonly string[] = words(`
  Will Bill Art Rich Grant Frank Guy Don Ray Dean Chase Hunter Miles Max Wade Gene Chip Buck Skip Rusty
  Dusty Bud Herb Buddy Rocky Christian Roman Prince Duke Earl Sterling Innocent Lucky Lance Oscar Brent
  Wagner Thor August Austin Houston Orlando Lincoln Jackson Hudson Milan Salvador Santiago Leon Chad
  Israel Washington Wellington Jos Can Per Till Said Islam Jihad Sultan Harsh Ram Hung Rand Gang Les Al
  Ed Mo Ty Rob Bin Finn Akbar Raj Abraham Ramzan
`);

const AMBIGUOUS_FEMALE: readonly string[] = words(`
  May June April Hope Faith Joy Grace Rose Summer Autumn Dawn Eve Ivy Amber Ruby Pearl Crystal Olive
  Poppy Tiffany Brandy Candy Ginger Cherry Honey Precious Patience Charity Mercy Harmony Destiny Trinity
  Venus Emmy Alexa Zara Marine Mercedes Montserrat Paz Asunción Concepción Georgia Virginia Victoria
  Carolina Charlotte Florence Lorraine Adelaide Sofia Samara Madison Savannah Brooklyn Aurora Alexandria
  Valencia Asia India Kenya Paris Sydney Chelsea Cheyenne Haifa Amal Yen Sri Ai Jo Di Sue Nina Maya Wafa
  Mina Rani Hayat Sana Petra
`);

const AMBIGUOUS_UNISEX: readonly string[] = words(`
  Jordan Pat Sunny Sandy Drew Blessing Gift Sunday Justice Dakota Dallas Phoenix Rosario Shannon Bailey
  Harley Sabah Sami Jan Bo Ming Qing Hong Aviv Claude Lane Sky Star Victory Page Nino Jun Sora Jin Hui
`);

const COMBINING_MARKS = /\p{M}/gu;
// Latin letters that NFKD leaves whole, so stripping marks would not reach them.
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

/** Fold a name to its table key: no diacritics, lower case ("Łukasz" and "LUKASZ" → "lukasz"). */
export function foldGivenName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[łøđðıßæœþ]/g, (c) => UNDECOMPOSED[c] ?? c);
}

function genderTable(lists: Record<GivenNameGender, readonly string[]>): Map<string, GivenNameGender> {
  const table = new Map<string, GivenNameGender>();
  for (const gender of ['m', 'f', 'u'] as const) {
    for (const name of lists[gender]) {
      const key = foldGivenName(name);
      const seen = table.get(key);
      // Listed for men in one culture and for women in another: it signals neither.
      table.set(key, seen === undefined || seen === gender ? gender : 'u');
    }
  }
  return table;
}

/** The source lists, exposed so that tests can check them (duplicates, overlaps). */
export const GIVEN_NAME_LISTS: Readonly<Record<GivenNameGender, readonly string[]>> = {
  m: MALE,
  f: FEMALE,
  u: UNISEX,
};
export const AMBIGUOUS_GIVEN_NAME_LISTS: Readonly<Record<GivenNameGender, readonly string[]>> = {
  m: AMBIGUOUS_MALE,
  f: AMBIGUOUS_FEMALE,
  u: AMBIGUOUS_UNISEX,
};

/** Folded given name → usual gender. */
export const GIVEN_NAMES: ReadonlyMap<string, GivenNameGender> = genderTable(GIVEN_NAME_LISTS);

/** Folded given name → usual gender, for names that are weak evidence of a person. */
export const AMBIGUOUS_GIVEN_NAMES: ReadonlyMap<string, GivenNameGender> =
  genderTable(AMBIGUOUS_GIVEN_NAME_LISTS);

/** Gender a word signals as a first name, or null when it is not a (reliable) given name. */
export function givenNameGender(word: string): GivenNameGender | null {
  return GIVEN_NAMES.get(foldGivenName(word)) ?? null;
}

/** Gender of a given name that is only weak evidence of a person (Will, Georgia), or null. */
export function ambiguousGivenNameGender(word: string): GivenNameGender | null {
  return AMBIGUOUS_GIVEN_NAMES.get(foldGivenName(word)) ?? null;
}
