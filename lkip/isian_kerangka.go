package lkip

// kerangkaJSON is a data file of the current schema with every optional
// member given and one item in every list: the shape of the file, from
// which [Dokumen.Susunan] shows the fields a document leaves out and
// [Dokumen.TambahButir] takes the shape of a new item (its values are
// placeholders, emptied before use). TestKerangka holds it to the readers
// (it must parse and encode to these very bytes) and to the sample files
// (every list they have must be here). A new list of the schema is one
// item here.
const kerangkaJSON = `
{
  "versi": 2,
  "identitas": {
    "pemda": "x",
    "dinas": "x",
    "tahun": 2023,
    "alamat": "x",
    "telepon": "x",
    "kota": "x",
    "tanggal": "x",
    "kepala": {
      "nama": "x",
      "nip": "x",
      "pangkat": "x",
      "jabatan": "x"
    },
    "tanda_tangan": [
      {
        "bagian": "penutup",
        "tempat_tanggal": "x",
        "nama": "x",
        "nip": "x",
        "pangkat": "x"
      }
    ]
  },
  "profil": {
    "susunan_organisasi": [
      {
        "nama": "x",
        "sub": [
          {
            "nama": "x"
          }
        ]
      }
    ],
    "pegawai": [
      {
        "id": "x",
        "nama": "x",
        "jumlah": 1,
        "rincian": [
          {
            "id": "x",
            "nama": "x",
            "sebagian": true,
            "butir": [
              {
                "id": "x",
                "nama": "x",
                "jumlah": 1
              }
            ]
          }
        ]
      }
    ],
    "pns_pendidikan_eselon": {
      "judul": "x",
      "kepala_baris": "x",
      "kepala_kolom": "x",
      "kolom": [
        "x"
      ],
      "baris": [
        {
          "nama": "x",
          "nilai": [
            1
          ],
          "jumlah": 1
        }
      ],
      "jumlah": {
        "nilai": [
          1
        ],
        "jumlah": 1
      },
      "sumber": "x"
    },
    "pns_pendidikan_golongan": {
      "judul": "x",
      "kepala_baris": "x",
      "kepala_kolom": "x",
      "kolom": [
        "x"
      ],
      "baris": [
        {
          "nama": "x",
          "nilai": [
            1
          ],
          "jumlah": 1
        }
      ],
      "jumlah": {
        "nilai": [
          1
        ],
        "jumlah": 1
      },
      "sumber": "x"
    },
    "aset": {
      "judul": "x",
      "baris": [
        {
          "kode_barang": "x",
          "nama": "x",
          "merk_tipe": "x",
          "tahun": 2019,
          "keadaan": "Baik",
          "jumlah": 1
        }
      ],
      "jumlah": 1,
      "sumber": "x"
    },
    "dasar_hukum": [
      {
        "bagian": "x",
        "jenis": "x",
        "nomor": "x",
        "tahun": 2020,
        "tentang": "x"
      }
    ],
    "permasalahan": [
      "x"
    ],
    "solusi": [
      "x"
    ]
  },
  "narasi": {
    "kata_pengantar": [
      "x"
    ],
    "ikhtisar": [
      "x"
    ],
    "bab1": [
      {
        "judul": "x",
        "teks": [
          "x"
        ],
        "sub": [
          {
            "judul": "x",
            "teks": [
              "x"
            ]
          }
        ]
      }
    ],
    "bab2": [
      {
        "judul": "x",
        "teks": [
          "x"
        ],
        "sub": [
          {
            "judul": "x",
            "teks": [
              "x"
            ]
          }
        ]
      }
    ],
    "bab3": [
      {
        "judul": "x",
        "teks": [
          "x"
        ],
        "sub": [
          {
            "judul": "x",
            "teks": [
              "x"
            ]
          }
        ]
      }
    ],
    "bab4": [
      "x"
    ],
    "sasaran": [
      {
        "sasaran": "SS1",
        "teks": [
          "x"
        ]
      }
    ],
    "iku": [
      {
        "iku": "IKU1",
        "teks": [
          "x"
        ]
      }
    ]
  },
  "kutipan": {
    "angka": [
      {
        "tempat": "ikhtisar",
        "sumber": "rincian",
        "kunci": "x",
        "kolom": "realisasi",
        "tahun": 2023,
        "nilai": "1"
      }
    ],
    "daftar_isi": [
      "x"
    ],
    "tahun_perbandingan": [
      2022
    ]
  },
  "tanggapan": [
    {
      "kode": "x",
      "path": "x",
      "tanggapan": "x"
    }
  ],
  "anggaran": {
    "tahun": 2023,
    "urusan_bidang": "1.06",
    "tabel": "x",
    "rincian": [
      {
        "kode": "1 2 1 6",
        "uraian": "x",
        "pagu_murni": "1",
        "pagu": "1",
        "realisasi": "1",
        "sisa": "0",
        "persen": "100",
        "fisik": "100",
        "catatan": "x",
        "pagu_renstra": "1",
        "triwulan": [
          "1"
        ]
      }
    ],
    "jumlah": {
      "uraian": "x",
      "pagu_murni": "1",
      "pagu": "1",
      "realisasi": "1",
      "sisa": "0",
      "persen": "100",
      "fisik": "100",
      "catatan": "x"
    },
    "belanja": [
      {
        "kode": "5",
        "uraian": "x",
        "pagu_murni": "1",
        "pagu": "1",
        "realisasi": "1",
        "catatan": "x"
      }
    ],
    "perjanjian_kinerja": {
      "rincian": [
        {
          "kode": "1 2 1 6",
          "uraian": "x",
          "pagu": "1",
          "catatan": "x"
        }
      ],
      "jumlah": {
        "uraian": "x",
        "pagu": "1",
        "catatan": "x"
      },
      "tabel": "x"
    }
  },
  "kinerja": {
    "tahun": 2023,
    "bidang": "1.06",
    "renstra": {
      "periode_awal": 2019,
      "periode_akhir": 2024,
      "visi_daerah": "x",
      "visi": "x",
      "misi_dinas": [
        {
          "nomor": "1",
          "uraian": "x"
        }
      ],
      "misi": [
        {
          "nomor": "1",
          "uraian": "x"
        }
      ],
      "tujuan": [
        {
          "nomor": "1.1",
          "uraian": "x"
        }
      ],
      "sasaran": [
        {
          "nomor": "1.1.1",
          "uraian": "x"
        }
      ],
      "strategi": [
        {
          "nomor": "1.1.1.1",
          "uraian": "x"
        }
      ],
      "kebijakan": [
        {
          "nomor": "1.1.1.1.1",
          "uraian": "x"
        }
      ]
    },
    "sasaran": [
      {
        "id": "SS1",
        "nomor": "1",
        "uraian": "x",
        "renstra": "1.1.1",
        "tercetak": [
          {
            "sumber": "x",
            "teks": "x"
          }
        ],
        "capaian": [
          {
            "tahun": 2023,
            "sumber": "x",
            "capaian": "1"
          }
        ],
        "anggaran": [
          "1.06.01.2.01.06"
        ]
      }
    ],
    "indikator": [
      {
        "id": "IKU1",
        "nomor": "1",
        "nama": "x",
        "sasaran": "SS1",
        "iku": true,
        "satuan": "%",
        "jenis": "persentase",
        "polaritas": "negatif",
        "rumus_negatif": "2t-r",
        "boleh_lebih_100": true,
        "rumus": {
          "teks": "x",
          "pembilang": "x",
          "penyebut": "x",
          "pengali": 100
        },
        "target_akhir": "1",
        "tercetak": [
          {
            "sumber": "x",
            "teks": "x"
          }
        ],
        "anggaran": "x",
        "tahun": [
          {
            "tahun": 2023,
            "sumber": "x",
            "target": "1",
            "realisasi": "1",
            "capaian": "1",
            "pembilang": "1",
            "penyebut": "1",
            "realisasi_periode": [
              "1"
            ],
            "realisasi_triwulan": [
              "1"
            ],
            "kutipan": [
              {
                "sumber": "x",
                "target": "1",
                "realisasi": "1",
                "capaian": "1"
              }
            ],
            "rincian": [
              {
                "bagian": "pembilang",
                "uraian": "x",
                "total": "1",
                "satuan": "x",
                "sumber": "x",
                "butir": [
                  {
                    "uraian": "x",
                    "nilai": "1",
                    "satuan": "x",
                    "keterangan": "x"
                  }
                ]
              }
            ]
          }
        ]
      }
    ],
    "perjanjian_kinerja": {
      "tahun": 2023,
      "baris": [
        {
          "sasaran": "SS1",
          "indikator": "x",
          "indikator_id": "IKU1",
          "target": "1",
          "satuan": "x",
          "sub_kegiatan": "1.06.01.2.01.06"
        }
      ]
    }
  }
}
`
